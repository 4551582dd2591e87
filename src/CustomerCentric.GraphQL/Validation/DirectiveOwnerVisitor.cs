using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation;

/// <summary>
/// Base of the rules about the directives a node carries: every node that may carry directives (and directive definitions,
/// whose arguments may) is passed to <see cref="EnterOwner"/> and <see cref="LeaveOwner"/>, so a rule needs no ancestor list.
/// </summary>
public abstract class DirectiveOwnerVisitor : AstVisitor
{
    protected abstract void EnterOwner(Node node, IReadOnlyList<DirectiveNode> directives);

    protected virtual void LeaveOwner(Node node)
    {
    }

    public sealed override VisitAction Enter(OperationDefinitionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(OperationDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(VariableDefinitionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(VariableDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(FieldNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(FieldNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(FragmentSpreadNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(FragmentSpreadNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(InlineFragmentNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(InlineFragmentNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(FragmentDefinitionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(FragmentDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(SchemaDefinitionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(SchemaDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(SchemaExtensionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(SchemaExtensionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(ScalarTypeDefinitionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(ScalarTypeDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(ObjectTypeDefinitionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(ObjectTypeDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(FieldDefinitionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(FieldDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(InputValueDefinitionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(InputValueDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(InterfaceTypeDefinitionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(InterfaceTypeDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(UnionTypeDefinitionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(UnionTypeDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(EnumTypeDefinitionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(EnumTypeDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(EnumValueDefinitionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(EnumValueDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(InputObjectTypeDefinitionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(InputObjectTypeDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(DirectiveDefinitionNode node)
    {
        EnterOwner(node, []);
        return VisitAction.Continue;
    }

    public sealed override void Leave(DirectiveDefinitionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(ScalarTypeExtensionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(ScalarTypeExtensionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(ObjectTypeExtensionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(ObjectTypeExtensionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(InterfaceTypeExtensionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(InterfaceTypeExtensionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(UnionTypeExtensionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(UnionTypeExtensionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(EnumTypeExtensionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(EnumTypeExtensionNode node) => LeaveOwner(node);

    public sealed override VisitAction Enter(InputObjectTypeExtensionNode node)
    {
        EnterOwner(node, node.Directives);
        return VisitAction.Continue;
    }

    public sealed override void Leave(InputObjectTypeExtensionNode node) => LeaveOwner(node);
}
