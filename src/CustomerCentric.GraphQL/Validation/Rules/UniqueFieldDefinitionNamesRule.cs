using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>
/// Spec 3.6 Objects, 3.7 Interfaces, 3.10 Input Objects: the fields of a type have unique names across its definition and
/// extensions, and an extension adds no field the extended schema already has.
/// </summary>
public sealed class UniqueFieldDefinitionNamesRule(SdlValidationContext context) : AstVisitor
{
    private readonly Dictionary<string, Dictionary<string, NameNode>> knownByType = new(StringComparer.Ordinal);

    public static SdlValidationRule SdlRule { get; } = context => new UniqueFieldDefinitionNamesRule(context);

    public override VisitAction Enter(InputObjectTypeDefinitionNode node) => Check(node.Name.Value, node.Fields);

    public override VisitAction Enter(InputObjectTypeExtensionNode node) => Check(node.Name.Value, node.Fields);

    public override VisitAction Enter(InterfaceTypeDefinitionNode node) => Check(node.Name.Value, node.Fields);

    public override VisitAction Enter(InterfaceTypeExtensionNode node) => Check(node.Name.Value, node.Fields);

    public override VisitAction Enter(ObjectTypeDefinitionNode node) => Check(node.Name.Value, node.Fields);

    public override VisitAction Enter(ObjectTypeExtensionNode node) => Check(node.Name.Value, node.Fields);

    private VisitAction Check<TField>(string typeName, IReadOnlyList<TField> fields)
        where TField : Node
    {
        if (!knownByType.TryGetValue(typeName, out var known))
        {
            knownByType[typeName] = known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        }

        var existing = context.SchemaOrNull?.GetType(typeName);
        foreach (var field in fields)
        {
            var name = NameOf(field);
            var fieldName = name.Value;
            if (HasField(existing, fieldName))
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{typeName}.{fieldName}\" already exists in the schema. It cannot also be defined in this type extension.", [name]));
            }
            else if (known.TryGetValue(fieldName, out var first))
            {
                context.ReportError(new GraphQLError($"Field \"{typeName}.{fieldName}\" can only be defined once.", [first, name]));
            }
            else
            {
                known[fieldName] = name;
            }
        }

        return VisitAction.Skip;
    }

    private static NameNode NameOf(Node field) => field switch
    {
        FieldDefinitionNode definition => definition.Name,
        InputValueDefinitionNode input => input.Name,
        _ => throw new ArgumentException($"Unexpected field node: {field.Kind}.", nameof(field)),
    };

    private static bool HasField(GraphQLNamedType? type, string fieldName) => type switch
    {
        GraphQLImplementingType implementing => implementing.Fields.ContainsKey(fieldName),
        GraphQLInputObjectType input => input.Fields.ContainsKey(fieldName),
        _ => false,
    };
}
