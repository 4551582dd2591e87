using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Language;

/// <summary>
/// Runs many visitors in one walk (graphql-js's visitInParallel), so all validation rules share one traversal.
/// Each visitor keeps its own Skip/Break state. Which visitors override which callbacks is found once per visitor
/// type (reflection at construction, cached), so a node only reaches the visitors that handle its kind.
/// </summary>
public sealed partial class ParallelVisitor
{
    public override VisitAction Enter(NameNode node)
    {
        var interested = enterers[(int)Kind.Name];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(NameNode node)
    {
        var interested = leavers[(int)Kind.Name];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(DocumentNode node)
    {
        var interested = enterers[(int)Kind.Document];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(DocumentNode node)
    {
        var interested = leavers[(int)Kind.Document];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(OperationDefinitionNode node)
    {
        var interested = enterers[(int)Kind.OperationDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(OperationDefinitionNode node)
    {
        var interested = leavers[(int)Kind.OperationDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(VariableDefinitionNode node)
    {
        var interested = enterers[(int)Kind.VariableDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(VariableDefinitionNode node)
    {
        var interested = leavers[(int)Kind.VariableDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(SelectionSetNode node)
    {
        var interested = enterers[(int)Kind.SelectionSet];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(SelectionSetNode node)
    {
        var interested = leavers[(int)Kind.SelectionSet];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(FieldNode node)
    {
        var interested = enterers[(int)Kind.Field];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(FieldNode node)
    {
        var interested = leavers[(int)Kind.Field];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(ArgumentNode node)
    {
        var interested = enterers[(int)Kind.Argument];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(ArgumentNode node)
    {
        var interested = leavers[(int)Kind.Argument];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(FragmentSpreadNode node)
    {
        var interested = enterers[(int)Kind.FragmentSpread];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(FragmentSpreadNode node)
    {
        var interested = leavers[(int)Kind.FragmentSpread];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(InlineFragmentNode node)
    {
        var interested = enterers[(int)Kind.InlineFragment];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(InlineFragmentNode node)
    {
        var interested = leavers[(int)Kind.InlineFragment];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(FragmentDefinitionNode node)
    {
        var interested = enterers[(int)Kind.FragmentDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(FragmentDefinitionNode node)
    {
        var interested = leavers[(int)Kind.FragmentDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(VariableNode node)
    {
        var interested = enterers[(int)Kind.Variable];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(VariableNode node)
    {
        var interested = leavers[(int)Kind.Variable];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(IntValueNode node)
    {
        var interested = enterers[(int)Kind.IntValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(IntValueNode node)
    {
        var interested = leavers[(int)Kind.IntValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(FloatValueNode node)
    {
        var interested = enterers[(int)Kind.FloatValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(FloatValueNode node)
    {
        var interested = leavers[(int)Kind.FloatValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(StringValueNode node)
    {
        var interested = enterers[(int)Kind.StringValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(StringValueNode node)
    {
        var interested = leavers[(int)Kind.StringValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(BooleanValueNode node)
    {
        var interested = enterers[(int)Kind.BooleanValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(BooleanValueNode node)
    {
        var interested = leavers[(int)Kind.BooleanValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(NullValueNode node)
    {
        var interested = enterers[(int)Kind.NullValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(NullValueNode node)
    {
        var interested = leavers[(int)Kind.NullValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(EnumValueNode node)
    {
        var interested = enterers[(int)Kind.EnumValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(EnumValueNode node)
    {
        var interested = leavers[(int)Kind.EnumValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(ListValueNode node)
    {
        var interested = enterers[(int)Kind.ListValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(ListValueNode node)
    {
        var interested = leavers[(int)Kind.ListValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(ObjectValueNode node)
    {
        var interested = enterers[(int)Kind.ObjectValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(ObjectValueNode node)
    {
        var interested = leavers[(int)Kind.ObjectValue];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(ObjectFieldNode node)
    {
        var interested = enterers[(int)Kind.ObjectField];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(ObjectFieldNode node)
    {
        var interested = leavers[(int)Kind.ObjectField];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(DirectiveNode node)
    {
        var interested = enterers[(int)Kind.Directive];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(DirectiveNode node)
    {
        var interested = leavers[(int)Kind.Directive];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(NamedTypeNode node)
    {
        var interested = enterers[(int)Kind.NamedType];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(NamedTypeNode node)
    {
        var interested = leavers[(int)Kind.NamedType];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(ListTypeNode node)
    {
        var interested = enterers[(int)Kind.ListType];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(ListTypeNode node)
    {
        var interested = leavers[(int)Kind.ListType];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(NonNullTypeNode node)
    {
        var interested = enterers[(int)Kind.NonNullType];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(NonNullTypeNode node)
    {
        var interested = leavers[(int)Kind.NonNullType];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(SchemaDefinitionNode node)
    {
        var interested = enterers[(int)Kind.SchemaDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(SchemaDefinitionNode node)
    {
        var interested = leavers[(int)Kind.SchemaDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(OperationTypeDefinitionNode node)
    {
        var interested = enterers[(int)Kind.OperationTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(OperationTypeDefinitionNode node)
    {
        var interested = leavers[(int)Kind.OperationTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(ScalarTypeDefinitionNode node)
    {
        var interested = enterers[(int)Kind.ScalarTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(ScalarTypeDefinitionNode node)
    {
        var interested = leavers[(int)Kind.ScalarTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(ObjectTypeDefinitionNode node)
    {
        var interested = enterers[(int)Kind.ObjectTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(ObjectTypeDefinitionNode node)
    {
        var interested = leavers[(int)Kind.ObjectTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(FieldDefinitionNode node)
    {
        var interested = enterers[(int)Kind.FieldDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(FieldDefinitionNode node)
    {
        var interested = leavers[(int)Kind.FieldDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(InputValueDefinitionNode node)
    {
        var interested = enterers[(int)Kind.InputValueDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(InputValueDefinitionNode node)
    {
        var interested = leavers[(int)Kind.InputValueDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(InterfaceTypeDefinitionNode node)
    {
        var interested = enterers[(int)Kind.InterfaceTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(InterfaceTypeDefinitionNode node)
    {
        var interested = leavers[(int)Kind.InterfaceTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(UnionTypeDefinitionNode node)
    {
        var interested = enterers[(int)Kind.UnionTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(UnionTypeDefinitionNode node)
    {
        var interested = leavers[(int)Kind.UnionTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(EnumTypeDefinitionNode node)
    {
        var interested = enterers[(int)Kind.EnumTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(EnumTypeDefinitionNode node)
    {
        var interested = leavers[(int)Kind.EnumTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(EnumValueDefinitionNode node)
    {
        var interested = enterers[(int)Kind.EnumValueDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(EnumValueDefinitionNode node)
    {
        var interested = leavers[(int)Kind.EnumValueDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(InputObjectTypeDefinitionNode node)
    {
        var interested = enterers[(int)Kind.InputObjectTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(InputObjectTypeDefinitionNode node)
    {
        var interested = leavers[(int)Kind.InputObjectTypeDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(DirectiveDefinitionNode node)
    {
        var interested = enterers[(int)Kind.DirectiveDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(DirectiveDefinitionNode node)
    {
        var interested = leavers[(int)Kind.DirectiveDefinition];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(SchemaExtensionNode node)
    {
        var interested = enterers[(int)Kind.SchemaExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(SchemaExtensionNode node)
    {
        var interested = leavers[(int)Kind.SchemaExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(ScalarTypeExtensionNode node)
    {
        var interested = enterers[(int)Kind.ScalarTypeExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(ScalarTypeExtensionNode node)
    {
        var interested = leavers[(int)Kind.ScalarTypeExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(ObjectTypeExtensionNode node)
    {
        var interested = enterers[(int)Kind.ObjectTypeExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(ObjectTypeExtensionNode node)
    {
        var interested = leavers[(int)Kind.ObjectTypeExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(InterfaceTypeExtensionNode node)
    {
        var interested = enterers[(int)Kind.InterfaceTypeExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(InterfaceTypeExtensionNode node)
    {
        var interested = leavers[(int)Kind.InterfaceTypeExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(UnionTypeExtensionNode node)
    {
        var interested = enterers[(int)Kind.UnionTypeExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(UnionTypeExtensionNode node)
    {
        var interested = leavers[(int)Kind.UnionTypeExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(EnumTypeExtensionNode node)
    {
        var interested = enterers[(int)Kind.EnumTypeExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(EnumTypeExtensionNode node)
    {
        var interested = leavers[(int)Kind.EnumTypeExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }

    public override VisitAction Enter(InputObjectTypeExtensionNode node)
    {
        var interested = enterers[(int)Kind.InputObjectTypeExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                Handle(index, visitors[index].Enter(node), node);
            }
        }

        return broken == visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override void Leave(InputObjectTypeExtensionNode node)
    {
        var interested = leavers[(int)Kind.InputObjectTypeExtension];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (skipping[index] is null)
            {
                visitors[index].Leave(node);
            }
        }

        if (skipCount > 0)
        {
            EndSkip(node);
        }
    }
}
