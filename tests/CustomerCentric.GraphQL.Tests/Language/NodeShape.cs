using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Tests.Language;

/// <summary>A document's structure as text (kinds in walk order with their values), ignoring locations.</summary>
internal sealed class NodeShape : AstVisitor
{
    private readonly List<string> entries = [];

    public static string Of(Node node)
    {
        var shape = new NodeShape();
        AstWalker.Walk(node, shape);
        return string.Join(" ", shape.entries);
    }

    public override VisitAction Enter(NameNode node) => Add(node.Value);

    public override VisitAction Enter(StringValueNode node) => Add($"String({node.Value},{node.Block})");

    public override VisitAction Enter(IntValueNode node) => Add($"Int({node.Value})");

    public override VisitAction Enter(FloatValueNode node) => Add($"Float({node.Value})");

    public override VisitAction Enter(BooleanValueNode node) => Add($"Boolean({node.Value})");

    public override VisitAction Enter(NullValueNode node) => Add("null");

    public override VisitAction Enter(EnumValueNode node) => Add($"Enum({node.Value})");

    public override VisitAction Enter(OperationDefinitionNode node) => Add($"Operation({node.Operation})");

    public override VisitAction Enter(SelectionSetNode node) => Add("{");

    public override void Leave(SelectionSetNode node) => Add("}");

    public override VisitAction Enter(FieldNode node) => Add("Field");

    public override VisitAction Enter(ListTypeNode node) => Add("[");

    public override VisitAction Enter(NonNullTypeNode node) => Add("!");

    public override VisitAction Enter(DirectiveDefinitionNode node) => Add($"Directive(repeatable={node.Repeatable})");

    public override VisitAction Enter(InlineFragmentNode node) => Add("...");

    public override VisitAction Enter(FragmentSpreadNode node) => Add("...spread");

    public override VisitAction Enter(ObjectTypeExtensionNode node) => Add("extend type");

    private VisitAction Add(string entry)
    {
        entries.Add(entry);
        return VisitAction.Continue;
    }
}
