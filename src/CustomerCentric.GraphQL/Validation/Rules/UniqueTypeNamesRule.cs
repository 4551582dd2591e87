using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 3.4 Types: all types within a schema have unique names, also against the schema being extended.</summary>
public sealed class UniqueTypeNamesRule(SdlValidationContext context) : AstVisitor
{
    private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    public static SdlValidationRule SdlRule { get; } = context => new UniqueTypeNamesRule(context);

    public override VisitAction Enter(ScalarTypeDefinitionNode node) => Check(node);

    public override VisitAction Enter(ObjectTypeDefinitionNode node) => Check(node);

    public override VisitAction Enter(InterfaceTypeDefinitionNode node) => Check(node);

    public override VisitAction Enter(UnionTypeDefinitionNode node) => Check(node);

    public override VisitAction Enter(EnumTypeDefinitionNode node) => Check(node);

    public override VisitAction Enter(InputObjectTypeDefinitionNode node) => Check(node);

    private VisitAction Check(TypeDefinitionNode node)
    {
        var typeName = node.Name.Value;
        if (context.SchemaOrNull?.GetType(typeName) is not null)
        {
            context.ReportError(new GraphQLError(
                $"Type \"{typeName}\" already exists in the schema. It cannot also be defined in this type definition.", [node.Name]));
            return VisitAction.Continue;
        }

        if (known.TryGetValue(typeName, out var first))
        {
            context.ReportError(new GraphQLError($"There can be only one type named \"{typeName}\".", [first, node.Name]));
        }
        else
        {
            known[typeName] = node.Name;
        }

        return VisitAction.Skip;
    }
}
