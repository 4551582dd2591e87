using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.3 Directives Are Unique Per Location: a non-repeatable directive at most once per node; for SDL, once per
/// schema and once per type across its definition and extensions.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : DirectiveOwnerVisitor
{
    private readonly AstValidationContext context;
    private readonly Dictionary<string, bool> uniqueByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> typeDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> nodeDirectives = new(StringComparer.Ordinal);

    public UniqueDirectivesPerLocationRule(AstValidationContext context)
    {
        this.context = context;
        foreach (var directive in context.SchemaOrNull?.Directives ?? SpecifiedDirectives.All)
        {
            uniqueByName[directive.Name] = !directive.IsRepeatable;
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                uniqueByName[directiveDefinition.Name.Value] = !directiveDefinition.Repeatable;
            }
        }
    }

    public static ValidationRule Rule { get; } = context => new UniqueDirectivesPerLocationRule(context);

    public static SdlValidationRule SdlRule { get; } = context => new UniqueDirectivesPerLocationRule(context);

    protected override void EnterOwner(Node node, IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0 || (directives.Count == 1 && node is not (TypeDefinitionNode or TypeExtensionNode or SchemaDefinitionNode or SchemaExtensionNode)))
        {
            return;
        }

        Dictionary<string, DirectiveNode> seen;
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                seen = schemaDirectives;
                break;
            case TypeDefinitionNode or TypeExtensionNode:
                var typeName = node is TypeDefinitionNode definition ? definition.Name.Value : ((TypeExtensionNode)node).Name.Value;
                if (!typeDirectives.TryGetValue(typeName, out seen!))
                {
                    typeDirectives[typeName] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                }

                break;
            default:
                seen = nodeDirectives;
                seen.Clear();
                break;
        }

        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!uniqueByName.GetValueOrDefault(name))
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError(new GraphQLError($"The directive \"@{name}\" can only be used once at this location.", [first, directive]));
            }
            else
            {
                seen[name] = directive;
            }
        }
    }
}
