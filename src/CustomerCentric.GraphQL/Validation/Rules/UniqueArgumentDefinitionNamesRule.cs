using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 3.6 Objects (field arguments) and 3.13 Directives: the arguments of a field or directive definition have unique names.</summary>
public sealed class UniqueArgumentDefinitionNamesRule(SdlValidationContext context) : AstVisitor
{
    private static readonly Func<InputValueDefinitionNode, string> NameOf = argument => argument.Name.Value;

    public static SdlValidationRule SdlRule { get; } = context => new UniqueArgumentDefinitionNamesRule(context);

    public override VisitAction Enter(DirectiveDefinitionNode node)
    {
        Check("@" + node.Name.Value, node.Arguments);
        return VisitAction.Skip;
    }

    public override VisitAction Enter(InterfaceTypeDefinitionNode node) => CheckFields(node.Name.Value, node.Fields);

    public override VisitAction Enter(InterfaceTypeExtensionNode node) => CheckFields(node.Name.Value, node.Fields);

    public override VisitAction Enter(ObjectTypeDefinitionNode node) => CheckFields(node.Name.Value, node.Fields);

    public override VisitAction Enter(ObjectTypeExtensionNode node) => CheckFields(node.Name.Value, node.Fields);

    private VisitAction CheckFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            Check($"{typeName}.{field.Name.Value}", field.Arguments);
        }

        return VisitAction.Skip;
    }

    private void Check(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments) =>
        NameGroups.ForEachDuplicate(arguments, NameOf, (name, group) => context.ReportError(new GraphQLError(
            $"Argument \"{parentName}({name}:)\" can only be defined once.", group.ConvertAll<Node>(argument => argument.Name))));
}
