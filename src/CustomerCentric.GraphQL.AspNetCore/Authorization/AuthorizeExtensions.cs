using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.AspNetCore.Authorization;

/// <summary>
/// <c>.Authorize()</c> / <c>.Authorize("policy")</c> for code-first descriptors and for built schemas (SDL-first code may also use
/// the <c>@authorize(policy:)</c> directive, see <see cref="AuthorizeDirective"/>). A type's rule applies to every field of the type.
/// </summary>
public static class AuthorizeExtensions
{
    public static IFieldDescriptor Authorize(this IFieldDescriptor field, string? policy = null) =>
        field.Metadata(AuthorizeRule.MetadataKey, new AuthorizeRule(policy));

    public static IObjectTypeDescriptor<T> Authorize<T>(this IObjectTypeDescriptor<T> type, string? policy = null) =>
        type.Metadata(AuthorizeRule.MetadataKey, new AuthorizeRule(policy));

    public static GraphQLField Authorize(this GraphQLField field, string? policy = null)
    {
        field.Metadata[AuthorizeRule.MetadataKey] = new AuthorizeRule(policy);
        return field;
    }

    public static GraphQLObjectType Authorize(this GraphQLObjectType type, string? policy = null)
    {
        type.Metadata[AuthorizeRule.MetadataKey] = new AuthorizeRule(policy);
        return type;
    }
}
