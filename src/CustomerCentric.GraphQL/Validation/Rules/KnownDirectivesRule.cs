using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined, 5.7.2 Directives Are In Valid Locations (also for SDL documents).</summary>
public sealed class KnownDirectivesRule : DirectiveOwnerVisitor
{
    private readonly AstValidationContext context;
    private static readonly DirectiveTable<DirectiveLocation[]> Locations = new(directive => [.. directive.Locations], DefinedLocations);

    private readonly IReadOnlyDictionary<string, DirectiveLocation[]> locationsByName;
    private readonly List<Node> owners = [];

    public KnownDirectivesRule(AstValidationContext context)
    {
        this.context = context;
        locationsByName = Locations.For(context);
    }

    public static ValidationRule Rule { get; } = context => new KnownDirectivesRule(context);

    public static SdlValidationRule SdlRule { get; } = context => new KnownDirectivesRule(context);

    public override VisitAction Enter(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (!locationsByName.TryGetValue(name, out var locations))
        {
            context.ReportError(new GraphQLError($"Unknown directive \"@{name}\".", [node]));
            return VisitAction.Continue;
        }

        if (CurrentLocation() is { } location && Array.IndexOf(locations, location) < 0)
        {
            context.ReportError(new GraphQLError($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", [node]));
        }

        return VisitAction.Continue;
    }

    protected override void EnterOwner(Node node, IReadOnlyList<DirectiveNode> directives) => owners.Add(node);

    protected override void LeaveOwner(Node node) => owners.RemoveAt(owners.Count - 1);

    private static DirectiveLocation[] DefinedLocations(DirectiveDefinitionNode directiveDefinition)
    {
        var locations = new List<DirectiveLocation>();
        foreach (var name in directiveDefinition.Locations)
        {
            if (DirectiveLocationNames.TryParse(name.Value, out var location))
            {
                locations.Add(location);
            }
        }

        return [.. locations];
    }

    private DirectiveLocation? CurrentLocation()
    {
        if (owners.Count == 0)
        {
            return null;
        }

        return owners[^1] switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Mutation => DirectiveLocation.Mutation,
                OperationType.Subscription => DirectiveLocation.Subscription,
                _ => DirectiveLocation.Query,
            },
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
            FieldDefinitionNode => DirectiveLocation.FieldDefinition,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
            EnumValueDefinitionNode => DirectiveLocation.EnumValue,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,

            // graphql-js calls only fields of an input object *definition* input fields; in an extension they count as arguments.
            InputValueDefinitionNode => owners.Count > 1 && owners[^2] is InputObjectTypeDefinitionNode
                ? DirectiveLocation.InputFieldDefinition
                : DirectiveLocation.ArgumentDefinition,
            _ => null,
        };
    }
}
