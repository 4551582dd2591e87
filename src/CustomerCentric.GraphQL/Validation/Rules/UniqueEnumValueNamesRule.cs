using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 3.9 Enums: the values of an enum type have unique names across its definition and extensions.</summary>
public sealed class UniqueEnumValueNamesRule(SdlValidationContext context) : AstVisitor
{
    private readonly Dictionary<string, Dictionary<string, NameNode>> knownByType = new(StringComparer.Ordinal);

    public static SdlValidationRule SdlRule { get; } = context => new UniqueEnumValueNamesRule(context);

    public override VisitAction Enter(EnumTypeDefinitionNode node) => Check(node.Name.Value, node.Values);

    public override VisitAction Enter(EnumTypeExtensionNode node) => Check(node.Name.Value, node.Values);

    private VisitAction Check(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        if (!knownByType.TryGetValue(typeName, out var known))
        {
            knownByType[typeName] = known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        }

        var existing = context.SchemaOrNull?.GetType(typeName) as GraphQLEnumType;
        foreach (var value in values)
        {
            var valueName = value.Name.Value;
            if (existing?.GetValue(valueName) is not null)
            {
                context.ReportError(new GraphQLError(
                    $"Enum value \"{typeName}.{valueName}\" already exists in the schema. It cannot also be defined in this type extension.", [value.Name]));
            }
            else if (known.TryGetValue(valueName, out var first))
            {
                context.ReportError(new GraphQLError($"Enum value \"{typeName}.{valueName}\" can only be defined once.", [first, value.Name]));
            }
            else
            {
                known[valueName] = value.Name;
            }
        }

        return VisitAction.Skip;
    }
}
