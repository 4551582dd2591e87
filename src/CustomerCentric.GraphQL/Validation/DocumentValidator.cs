using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec 5, graphql-js <c>validate</c>): all rules run in one walk
/// together with <see cref="TypeInfo"/>. After <c>maxErrors</c> errors, the next one ends validation with
/// "Too many validation errors, error limit reached. Validation aborted." as the last error.
/// </summary>
public static class DocumentValidator
{
    public const int DefaultMaxErrors = 100;

    /// <summary>The errors, in the order graphql-js reports them; empty when the document is valid.</summary>
    /// <exception cref="GraphQLSchemaValidationException">The schema itself is invalid.</exception>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IReadOnlyList<ValidationRule>? rules = null,
        int maxErrors = DefaultMaxErrors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(maxErrors);
        schema.AssertValid();
        rules ??= SpecifiedRules.All;

        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors)
            {
                throw new ValidationAbortedException(ValidationAbortedException.TooManyErrors);
            }

            errors.Add(error);
        });

        // TypeInfo enters a node before every rule and leaves it after every rule, like graphql-js's visitWithTypeInfo.
        var visitors = new AstVisitor[rules.Count + 2];
        visitors[0] = typeInfo.Entering;
        for (var i = 0; i < rules.Count; i++)
        {
            visitors[i + 1] = rules[i](context);
        }

        visitors[^1] = typeInfo.Leaving;
        Walk(document, new ParallelVisitor(visitors), errors);
        return errors;
    }

    /// <summary>Validates a type system document (graphql-js <c>validateSDL</c>), optionally one extending <paramref name="schemaToExtend"/>.</summary>
    public static IReadOnlyList<GraphQLError> ValidateSdl(
        DocumentNode document,
        GraphQLSchema? schemaToExtend = null,
        IReadOnlyList<SdlValidationRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules.Sdl;
        var errors = new List<GraphQLError>();
        var context = new SdlValidationContext(document, schemaToExtend, errors.Add);
        var visitors = new AstVisitor[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            visitors[i] = rules[i](context);
        }

        Walk(document, new ParallelVisitor(visitors), errors);
        return errors;
    }

    private static void Walk(DocumentNode document, ParallelVisitor visitor, List<GraphQLError> errors)
    {
        try
        {
            AstWalker.Walk(document, visitor);
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(new GraphQLError(aborted.Message));
        }
    }
}
