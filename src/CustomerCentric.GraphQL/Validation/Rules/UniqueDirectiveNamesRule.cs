using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 3.13 Directives: directive definitions have unique names, also against the schema being extended.</summary>
public sealed class UniqueDirectiveNamesRule(SdlValidationContext context) : AstVisitor
{
    private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    public static SdlValidationRule SdlRule { get; } = context => new UniqueDirectiveNamesRule(context);

    public override VisitAction Enter(DirectiveDefinitionNode node)
    {
        var directiveName = node.Name.Value;
        if (context.SchemaOrNull?.GetDirective(directiveName) is not null)
        {
            context.ReportError(new GraphQLError($"Directive \"@{directiveName}\" already exists in the schema. It cannot be redefined.", [node.Name]));
            return VisitAction.Continue;
        }

        if (known.TryGetValue(directiveName, out var first))
        {
            context.ReportError(new GraphQLError($"There can be only one directive named \"@{directiveName}\".", [first, node.Name]));
        }
        else
        {
            known[directiveName] = node.Name;
        }

        return VisitAction.Skip;
    }
}
