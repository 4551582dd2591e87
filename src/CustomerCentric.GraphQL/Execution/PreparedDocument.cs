using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// The outcome of parsing and validating one query text: the document when it is valid, else its syntax or validation errors.
/// Both outcomes are cached: a client that repeats a broken query costs a lookup, not a parse and a validation.
/// </summary>
public sealed class PreparedDocument
{
    private PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        Document = document;
        Errors = errors;
    }

    /// <summary>The parsed, valid document; null when <see cref="Errors"/> says why not.</summary>
    public DocumentNode? Document { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public static PreparedDocument Valid(DocumentNode document) => new(document ?? throw new ArgumentNullException(nameof(document)), []);

    public static PreparedDocument Invalid(IReadOnlyList<GraphQLError> errors) =>
        errors is { Count: > 0 } ? new(null, errors) : throw new ArgumentException("An invalid document needs at least one error.", nameof(errors));
}
