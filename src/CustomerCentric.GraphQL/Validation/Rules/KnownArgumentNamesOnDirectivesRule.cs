using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1 Argument Names, for directives (the part of <see cref="KnownArgumentNamesRule"/> that SDL documents use).</summary>
public class KnownArgumentNamesOnDirectivesRule : AstVisitor
{
    private static readonly DirectiveTable<string[]> ArgumentNames = new(
        directive => [.. directive.Arguments.Select(argument => argument.Name)],
        directiveDefinition => [.. directiveDefinition.Arguments.Select(argument => argument.Name.Value)]);

    private readonly IReadOnlyDictionary<string, string[]> argumentsByDirective;

    public KnownArgumentNamesOnDirectivesRule(AstValidationContext context)
    {
        Context = context;
        argumentsByDirective = ArgumentNames.For(context);
    }

    public static SdlValidationRule SdlRule { get; } = context => new KnownArgumentNamesOnDirectivesRule(context);

    protected AstValidationContext Context { get; }

    public override VisitAction Enter(DirectiveNode node)
    {
        var directiveName = node.Name.Value;
        if (argumentsByDirective.TryGetValue(directiveName, out var known))
        {
            foreach (var argument in node.Arguments)
            {
                var name = argument.Name.Value;
                if (Array.IndexOf(known, name) < 0)
                {
                    Context.ReportError(new GraphQLError(
                        $"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + DidYouMean.Format(SuggestionList.For(name, known)),
                        [argument]));
                }
            }
        }

        return VisitAction.Skip;
    }
}
