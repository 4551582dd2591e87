using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 Values of Correct Type, 5.6.2 Input Object Field Names, 5.6.4 Input Object Required Fields, and the
/// <c>@oneOf</c> rule (exactly one field, not null). Leaf literals are checked by the type's own literal parsing, so
/// custom scalars decide for themselves; their error is reported as it is.
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : AstVisitor
{
    public static ValidationRule Rule { get; } = context => new ValuesOfCorrectTypeRule(context);

    public override VisitAction Enter(ListValueNode node)
    {
        if (context.ParentInputType?.GetNullableType() is GraphQLList)
        {
            return VisitAction.Continue;
        }

        CheckLeafValue(node);
        return VisitAction.Skip;
    }

    public override VisitAction Enter(ObjectValueNode node)
    {
        if (context.InputType?.GetNamedType() is not GraphQLInputObjectType type)
        {
            CheckLeafValue(node);
            return VisitAction.Skip;
        }

        foreach (var (name, field) in type.Fields)
        {
            if (field.IsRequired && FindField(node, name) is null)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{type.Name}.{name}\" of required type \"{field.Type}\" was not provided.", [node]));
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(node, type);
        }

        return VisitAction.Continue;
    }

    public override VisitAction Enter(ObjectFieldNode node)
    {
        if (context.InputType is null && context.ParentInputType?.GetNamedType() is GraphQLInputObjectType parentType)
        {
            var suggestions = SuggestionList.For(node.Name.Value, parentType.Fields.Keys);
            context.ReportError(new GraphQLError(
                $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + DidYouMean.Format(suggestions), [node]));
        }

        return VisitAction.Continue;
    }

    public override VisitAction Enter(NullValueNode node)
    {
        if (context.InputType is GraphQLNonNull type)
        {
            context.ReportError(new GraphQLError($"Expected value of type \"{type}\", found null.", [node]));
        }

        return VisitAction.Continue;
    }

    public override VisitAction Enter(EnumValueNode node) => CheckLeafValue(node);

    public override VisitAction Enter(IntValueNode node) => CheckLeafValue(node);

    public override VisitAction Enter(FloatValueNode node) => CheckLeafValue(node);

    public override VisitAction Enter(StringValueNode node) => CheckLeafValue(node);

    public override VisitAction Enter(BooleanValueNode node) => CheckLeafValue(node);

    // graphql-js keys the given fields by name, so with a repeated name the last one counts.
    private static ObjectFieldNode? FindField(ObjectValueNode node, string name)
    {
        var fields = node.Fields;
        for (var i = fields.Count - 1; i >= 0; i--)
        {
            if (fields[i].Name.Value == name)
            {
                return fields[i];
            }
        }

        return null;
    }

    private void CheckOneOf(ObjectValueNode node, GraphQLInputObjectType type)
    {
        var fields = node.Fields;
        var distinct = fields.Count;
        for (var i = 1; i < fields.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (fields[j].Name.Value == fields[i].Name.Value)
                {
                    distinct--;
                    break;
                }
            }
        }

        if (distinct != 1)
        {
            context.ReportError(new GraphQLError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", [node]));
            return;
        }

        var name = fields[0].Name.Value;
        if (FindField(node, name)!.Value is NullValueNode)
        {
            context.ReportError(new GraphQLError($"Field \"{type.Name}.{name}\" must be non-null.", [node]));
        }
    }

    private VisitAction CheckLeafValue(ValueNode node)
    {
        if (context.InputType is not { } locationType)
        {
            return VisitAction.Continue;
        }

        if (locationType.GetNamedType() is not IGraphQLLeafType leafType)
        {
            context.ReportError(new GraphQLError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", [node]));
            return VisitAction.Continue;
        }

        try
        {
            leafType.ParseLiteral(node, null);
        }
        catch (GraphQLError error)
        {
            context.ReportError(error);
        }
        catch (Exception error) when (error is not ValidationAbortedException)
        {
            context.ReportError(new GraphQLError(
                $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {error.Message}", [node], originalError: error));
        }

        return VisitAction.Continue;
    }
}
