using System.Runtime.CompilerServices;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Validation;

/// <summary>
/// What a directive rule knows of each directive by name: derived once per schema's directive list, since rules are created
/// per document; a document that defines directives itself (SDL) gets its own copy with those added.
/// </summary>
internal sealed class DirectiveTable<T>(Func<GraphQLDirective, T> fromSchema, Func<DirectiveDefinitionNode, T> fromDocument)
{
    private readonly ConditionalWeakTable<IReadOnlyList<GraphQLDirective>, Dictionary<string, T>> bySchema = new();

    public IReadOnlyDictionary<string, T> For(AstValidationContext context)
    {
        var directives = context.SchemaOrNull?.Directives ?? SpecifiedDirectives.All;
        var table = bySchema.GetValue(directives, Build);
        Dictionary<string, T>? own = null;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                own ??= new Dictionary<string, T>(table, StringComparer.Ordinal);
                own[directiveDefinition.Name.Value] = fromDocument(directiveDefinition);
            }
        }

        return own ?? table;
    }

    private Dictionary<string, T> Build(IReadOnlyList<GraphQLDirective> directives)
    {
        var table = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            table[directive.Name] = fromSchema(directive);
        }

        return table;
    }
}
