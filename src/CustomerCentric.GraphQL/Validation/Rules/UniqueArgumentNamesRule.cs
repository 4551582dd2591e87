using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2 Argument Uniqueness, on fields and directives.</summary>
public sealed class UniqueArgumentNamesRule(AstValidationContext context) : AstVisitor
{
    private static readonly Func<ArgumentNode, string> NameOf = argument => argument.Name.Value;

    private readonly Action<string, List<ArgumentNode>> report = (name, arguments) =>
        context.ReportError(new GraphQLError($"There can be only one argument named \"{name}\".", arguments.ConvertAll<Node>(argument => argument.Name)));

    public static ValidationRule Rule { get; } = context => new UniqueArgumentNamesRule(context);

    public static SdlValidationRule SdlRule { get; } = context => new UniqueArgumentNamesRule(context);

    public override VisitAction Enter(FieldNode node)
    {
        NameGroups.ForEachDuplicate(node.Arguments, NameOf, report);
        return VisitAction.Continue;
    }

    public override VisitAction Enter(DirectiveNode node)
    {
        NameGroups.ForEachDuplicate(node.Arguments, NameOf, report);
        return VisitAction.Continue;
    }
}
