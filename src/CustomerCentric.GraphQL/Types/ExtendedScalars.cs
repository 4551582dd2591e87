using CustomerCentric.GraphQL.Types.Scalars;

namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// Custom scalars beyond the specification that CustomerCentric uses. To add another, subclass <see cref="GraphQLScalarType"/>
/// (as these do) or create one from functions: <c>new GraphQLScalarType("Email") { Serializer = ..., ValueParser = ... }</c>.
/// </summary>
public static class ExtendedScalars
{
    /// <summary>RFC 3339 date-time with offset, as <see cref="DateTimeOffset"/>.</summary>
    public static DateTimeScalarType DateTime { get; } = new();

    /// <summary>RFC 4122 UUID in its hyphenated text form, as <see cref="Guid"/>.</summary>
    public static UuidScalarType Uuid { get; } = new();
}
