using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Language;

/// <summary>
/// Enter/leave callbacks per node kind for <see cref="AstWalker"/>. Override only the kinds you need; the rest cost
/// one virtual call that returns <see cref="VisitAction.Continue"/>. Children are visited in graphql-js's order.
/// </summary>
public abstract class AstVisitor
{
    public virtual VisitAction Enter(NameNode node) => VisitAction.Continue;

    public virtual void Leave(NameNode node)
    {
    }

    public virtual VisitAction Enter(DocumentNode node) => VisitAction.Continue;

    public virtual void Leave(DocumentNode node)
    {
    }

    public virtual VisitAction Enter(OperationDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(OperationDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(VariableDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(VariableDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(SelectionSetNode node) => VisitAction.Continue;

    public virtual void Leave(SelectionSetNode node)
    {
    }

    public virtual VisitAction Enter(FieldNode node) => VisitAction.Continue;

    public virtual void Leave(FieldNode node)
    {
    }

    public virtual VisitAction Enter(ArgumentNode node) => VisitAction.Continue;

    public virtual void Leave(ArgumentNode node)
    {
    }

    public virtual VisitAction Enter(FragmentSpreadNode node) => VisitAction.Continue;

    public virtual void Leave(FragmentSpreadNode node)
    {
    }

    public virtual VisitAction Enter(InlineFragmentNode node) => VisitAction.Continue;

    public virtual void Leave(InlineFragmentNode node)
    {
    }

    public virtual VisitAction Enter(FragmentDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(FragmentDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(VariableNode node) => VisitAction.Continue;

    public virtual void Leave(VariableNode node)
    {
    }

    public virtual VisitAction Enter(IntValueNode node) => VisitAction.Continue;

    public virtual void Leave(IntValueNode node)
    {
    }

    public virtual VisitAction Enter(FloatValueNode node) => VisitAction.Continue;

    public virtual void Leave(FloatValueNode node)
    {
    }

    public virtual VisitAction Enter(StringValueNode node) => VisitAction.Continue;

    public virtual void Leave(StringValueNode node)
    {
    }

    public virtual VisitAction Enter(BooleanValueNode node) => VisitAction.Continue;

    public virtual void Leave(BooleanValueNode node)
    {
    }

    public virtual VisitAction Enter(NullValueNode node) => VisitAction.Continue;

    public virtual void Leave(NullValueNode node)
    {
    }

    public virtual VisitAction Enter(EnumValueNode node) => VisitAction.Continue;

    public virtual void Leave(EnumValueNode node)
    {
    }

    public virtual VisitAction Enter(ListValueNode node) => VisitAction.Continue;

    public virtual void Leave(ListValueNode node)
    {
    }

    public virtual VisitAction Enter(ObjectValueNode node) => VisitAction.Continue;

    public virtual void Leave(ObjectValueNode node)
    {
    }

    public virtual VisitAction Enter(ObjectFieldNode node) => VisitAction.Continue;

    public virtual void Leave(ObjectFieldNode node)
    {
    }

    public virtual VisitAction Enter(DirectiveNode node) => VisitAction.Continue;

    public virtual void Leave(DirectiveNode node)
    {
    }

    public virtual VisitAction Enter(NamedTypeNode node) => VisitAction.Continue;

    public virtual void Leave(NamedTypeNode node)
    {
    }

    public virtual VisitAction Enter(ListTypeNode node) => VisitAction.Continue;

    public virtual void Leave(ListTypeNode node)
    {
    }

    public virtual VisitAction Enter(NonNullTypeNode node) => VisitAction.Continue;

    public virtual void Leave(NonNullTypeNode node)
    {
    }

    public virtual VisitAction Enter(SchemaDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(SchemaDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(OperationTypeDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(OperationTypeDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(ScalarTypeDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(ScalarTypeDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(ObjectTypeDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(ObjectTypeDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(FieldDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(FieldDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(InputValueDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(InputValueDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(InterfaceTypeDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(InterfaceTypeDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(UnionTypeDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(UnionTypeDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(EnumTypeDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(EnumTypeDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(EnumValueDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(EnumValueDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(InputObjectTypeDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(InputObjectTypeDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(DirectiveDefinitionNode node) => VisitAction.Continue;

    public virtual void Leave(DirectiveDefinitionNode node)
    {
    }

    public virtual VisitAction Enter(SchemaExtensionNode node) => VisitAction.Continue;

    public virtual void Leave(SchemaExtensionNode node)
    {
    }

    public virtual VisitAction Enter(ScalarTypeExtensionNode node) => VisitAction.Continue;

    public virtual void Leave(ScalarTypeExtensionNode node)
    {
    }

    public virtual VisitAction Enter(ObjectTypeExtensionNode node) => VisitAction.Continue;

    public virtual void Leave(ObjectTypeExtensionNode node)
    {
    }

    public virtual VisitAction Enter(InterfaceTypeExtensionNode node) => VisitAction.Continue;

    public virtual void Leave(InterfaceTypeExtensionNode node)
    {
    }

    public virtual VisitAction Enter(UnionTypeExtensionNode node) => VisitAction.Continue;

    public virtual void Leave(UnionTypeExtensionNode node)
    {
    }

    public virtual VisitAction Enter(EnumTypeExtensionNode node) => VisitAction.Continue;

    public virtual void Leave(EnumTypeExtensionNode node)
    {
    }

    public virtual VisitAction Enter(InputObjectTypeExtensionNode node) => VisitAction.Continue;

    public virtual void Leave(InputObjectTypeExtensionNode node)
    {
    }
}
