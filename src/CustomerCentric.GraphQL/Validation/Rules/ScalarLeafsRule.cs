using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3 Leaf Field Selections: leaves have no selection set, composite fields have a non-empty one.</summary>
public sealed class ScalarLeafsRule(ValidationContext context) : AstVisitor
{
    public static ValidationRule Rule { get; } = context => new ScalarLeafsRule(context);

    public override VisitAction Enter(FieldNode node)
    {
        if (context.Type is not { } type)
        {
            return VisitAction.Continue;
        }

        var selectionSet = node.SelectionSet;
        var fieldName = node.Name.Value;
        if (type.GetNamedType().IsLeafType())
        {
            if (selectionSet is not null)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", [selectionSet]));
            }
        }
        else if (selectionSet is null)
        {
            context.ReportError(new GraphQLError(
                $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?", [node]));
        }
        else if (selectionSet.Selections.Count == 0)
        {
            context.ReportError(new GraphQLError($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", [node]));
        }

        return VisitAction.Continue;
    }
}
