using CustomerCentric.GraphQL.Error;

namespace CustomerCentric.GraphQL.Types;

/// <summary>Thrown at start-up when a schema breaks type system rules; the message lists every error, one per line.</summary>
public sealed class GraphQLSchemaValidationException(IReadOnlyList<GraphQLError> errors)
    : Exception("The GraphQL schema is invalid:" + string.Concat(errors.Select(error => Environment.NewLine + "- " + error.Message)))
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
