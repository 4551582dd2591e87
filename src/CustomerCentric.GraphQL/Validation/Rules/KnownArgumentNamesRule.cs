using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1 Argument Names: every argument is defined by its field or directive.</summary>
public sealed class KnownArgumentNamesRule(ValidationContext context) : KnownArgumentNamesOnDirectivesRule(context)
{
    public static ValidationRule Rule { get; } = context => new KnownArgumentNamesRule(context);

    public override VisitAction Enter(ArgumentNode node)
    {
        if (context.Argument is null && context.FieldDef is { } fieldDef && context.ParentType is { } parentType)
        {
            var name = node.Name.Value;
            var suggestions = SuggestionList.For(name, fieldDef.Arguments.Select(argument => argument.Name));
            context.ReportError(new GraphQLError(
                $"Unknown argument \"{name}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + DidYouMean.Format(suggestions), [node]));
        }

        return VisitAction.Continue;
    }
}
