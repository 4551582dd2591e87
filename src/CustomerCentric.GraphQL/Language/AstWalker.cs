using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Language;

/// <summary>
/// Walks an AST depth-first, calling the visitor's Enter before and Leave after a node's children.
/// Enter may return <see cref="VisitAction.Skip"/> (children and Leave are skipped) or <see cref="VisitAction.Break"/>
/// (the walk stops). Dispatch is a switch on <see cref="Kind"/>: no reflection, no allocation.
/// </summary>
public static class AstWalker
{
    /// <summary>Walks <paramref name="root"/>; false when a visitor returned <see cref="VisitAction.Break"/>.</summary>
    public static bool Walk(Node root, AstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        return Visit(root, visitor);
    }

    private static bool Visit(Node node, AstVisitor visitor)
    {
        switch (node.Kind)
        {
            case Kind.Name:
            {
                var n = (NameNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.Document:
            {
                var n = (DocumentNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(VisitAll(n.Definitions, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.OperationDefinition:
            {
                var n = (OperationDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && (n.Name is null || Visit(n.Name, visitor))
                    && VisitAll(n.VariableDefinitions, visitor)
                    && VisitAll(n.Directives, visitor)
                    && Visit(n.SelectionSet, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.VariableDefinition:
            {
                var n = (VariableDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && Visit(n.Variable, visitor)
                    && Visit(n.Type, visitor)
                    && (n.DefaultValue is null || Visit(n.DefaultValue, visitor))
                    && VisitAll(n.Directives, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.SelectionSet:
            {
                var n = (SelectionSetNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(VisitAll(n.Selections, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.Field:
            {
                var n = (FieldNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Alias is null || Visit(n.Alias, visitor))
                    && Visit(n.Name, visitor)
                    && VisitAll(n.Arguments, visitor)
                    && VisitAll(n.Directives, visitor)
                    && (n.SelectionSet is null || Visit(n.SelectionSet, visitor))))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.Argument:
            {
                var n = (ArgumentNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Name, visitor)
                    && Visit(n.Value, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.FragmentSpread:
            {
                var n = (FragmentSpreadNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Name, visitor)
                    && VisitAll(n.Directives, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.InlineFragment:
            {
                var n = (InlineFragmentNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.TypeCondition is null || Visit(n.TypeCondition, visitor))
                    && VisitAll(n.Directives, visitor)
                    && Visit(n.SelectionSet, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.FragmentDefinition:
            {
                var n = (FragmentDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && Visit(n.Name, visitor)
                    && Visit(n.TypeCondition, visitor)
                    && VisitAll(n.Directives, visitor)
                    && Visit(n.SelectionSet, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.Variable:
            {
                var n = (VariableNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Name, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.IntValue:
            {
                var n = (IntValueNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.FloatValue:
            {
                var n = (FloatValueNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.StringValue:
            {
                var n = (StringValueNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.BooleanValue:
            {
                var n = (BooleanValueNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.NullValue:
            {
                var n = (NullValueNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.EnumValue:
            {
                var n = (EnumValueNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.ListValue:
            {
                var n = (ListValueNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(VisitAll(n.Values, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.ObjectValue:
            {
                var n = (ObjectValueNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(VisitAll(n.Fields, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.ObjectField:
            {
                var n = (ObjectFieldNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Name, visitor)
                    && Visit(n.Value, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.Directive:
            {
                var n = (DirectiveNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Name, visitor)
                    && VisitAll(n.Arguments, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.NamedType:
            {
                var n = (NamedTypeNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Name, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.ListType:
            {
                var n = (ListTypeNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Type, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.NonNullType:
            {
                var n = (NonNullTypeNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Type, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.SchemaDefinition:
            {
                var n = (SchemaDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && VisitAll(n.Directives, visitor)
                    && VisitAll(n.OperationTypes, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.OperationTypeDefinition:
            {
                var n = (OperationTypeDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Type, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.ScalarTypeDefinition:
            {
                var n = (ScalarTypeDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && Visit(n.Name, visitor)
                    && VisitAll(n.Directives, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.ObjectTypeDefinition:
            {
                var n = (ObjectTypeDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && Visit(n.Name, visitor)
                    && VisitAll(n.Interfaces, visitor)
                    && VisitAll(n.Directives, visitor)
                    && VisitAll(n.Fields, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.FieldDefinition:
            {
                var n = (FieldDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && Visit(n.Name, visitor)
                    && VisitAll(n.Arguments, visitor)
                    && Visit(n.Type, visitor)
                    && VisitAll(n.Directives, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.InputValueDefinition:
            {
                var n = (InputValueDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && Visit(n.Name, visitor)
                    && Visit(n.Type, visitor)
                    && (n.DefaultValue is null || Visit(n.DefaultValue, visitor))
                    && VisitAll(n.Directives, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.InterfaceTypeDefinition:
            {
                var n = (InterfaceTypeDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && Visit(n.Name, visitor)
                    && VisitAll(n.Interfaces, visitor)
                    && VisitAll(n.Directives, visitor)
                    && VisitAll(n.Fields, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.UnionTypeDefinition:
            {
                var n = (UnionTypeDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && Visit(n.Name, visitor)
                    && VisitAll(n.Directives, visitor)
                    && VisitAll(n.Types, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.EnumTypeDefinition:
            {
                var n = (EnumTypeDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && Visit(n.Name, visitor)
                    && VisitAll(n.Directives, visitor)
                    && VisitAll(n.Values, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.EnumValueDefinition:
            {
                var n = (EnumValueDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && Visit(n.Name, visitor)
                    && VisitAll(n.Directives, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.InputObjectTypeDefinition:
            {
                var n = (InputObjectTypeDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && Visit(n.Name, visitor)
                    && VisitAll(n.Directives, visitor)
                    && VisitAll(n.Fields, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.DirectiveDefinition:
            {
                var n = (DirectiveDefinitionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!((n.Description is null || Visit(n.Description, visitor))
                    && Visit(n.Name, visitor)
                    && VisitAll(n.Arguments, visitor)
                    && VisitAll(n.Locations, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.SchemaExtension:
            {
                var n = (SchemaExtensionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(VisitAll(n.Directives, visitor)
                    && VisitAll(n.OperationTypes, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.ScalarTypeExtension:
            {
                var n = (ScalarTypeExtensionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Name, visitor)
                    && VisitAll(n.Directives, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.ObjectTypeExtension:
            {
                var n = (ObjectTypeExtensionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Name, visitor)
                    && VisitAll(n.Interfaces, visitor)
                    && VisitAll(n.Directives, visitor)
                    && VisitAll(n.Fields, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.InterfaceTypeExtension:
            {
                var n = (InterfaceTypeExtensionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Name, visitor)
                    && VisitAll(n.Interfaces, visitor)
                    && VisitAll(n.Directives, visitor)
                    && VisitAll(n.Fields, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.UnionTypeExtension:
            {
                var n = (UnionTypeExtensionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Name, visitor)
                    && VisitAll(n.Directives, visitor)
                    && VisitAll(n.Types, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.EnumTypeExtension:
            {
                var n = (EnumTypeExtensionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Name, visitor)
                    && VisitAll(n.Directives, visitor)
                    && VisitAll(n.Values, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            case Kind.InputObjectTypeExtension:
            {
                var n = (InputObjectTypeExtensionNode)node;
                var action = visitor.Enter(n);
                if (action != VisitAction.Continue)
                {
                    return action == VisitAction.Skip;
                }

                if (!(Visit(n.Name, visitor)
                    && VisitAll(n.Directives, visitor)
                    && VisitAll(n.Fields, visitor)))
                {
                    return false;
                }

                visitor.Leave(n);
                return true;
            }

            default:
                throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node));
        }
    }

    private static bool VisitAll<T>(IReadOnlyList<T> nodes, AstVisitor visitor)
        where T : Node
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Visit(nodes[i], visitor))
            {
                return false;
            }
        }

        return true;
    }
}
