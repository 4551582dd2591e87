using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.GraphQL.AspNetCore.Authorization;

/// <summary>Code-first: the field of this property or method needs an authenticated caller, and the <see cref="Policy"/> when given.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false)]
public sealed class GraphQLAuthorizeAttribute : FieldMetadataAttribute
{
    public string? Policy { get; init; }

    public override void Apply(IDictionary<string, object?> metadata) => metadata[AuthorizeRule.MetadataKey] = new AuthorizeRule(Policy);
}
