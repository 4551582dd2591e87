using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2.1 Required Arguments, for directives (the part of <see cref="ProvidedRequiredArgumentsRule"/> that SDL documents use).</summary>
public class ProvidedRequiredArgumentsOnDirectivesRule : AstVisitor
{
    private static readonly DirectiveTable<(string Name, string Type)[]> Required = new(
        directive => [.. directive.Arguments.Where(argument => argument.IsRequired).Select(argument => (argument.Name, argument.Type.ToString()))],
        directiveDefinition =>
        [
            .. directiveDefinition.Arguments
                .Where(argument => argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                .Select(argument => (argument.Name.Value, Printer.Print(argument.Type))),
        ]);

    private readonly IReadOnlyDictionary<string, (string Name, string Type)[]> requiredByDirective;

    public ProvidedRequiredArgumentsOnDirectivesRule(AstValidationContext context)
    {
        Context = context;
        requiredByDirective = Required.For(context);
    }

    public static SdlValidationRule SdlRule { get; } = context => new ProvidedRequiredArgumentsOnDirectivesRule(context);

    protected AstValidationContext Context { get; }

    public override void Leave(DirectiveNode node)
    {
        var directiveName = node.Name.Value;
        if (!requiredByDirective.TryGetValue(directiveName, out var required))
        {
            return;
        }

        foreach (var (name, type) in required)
        {
            if (!HasArgument(node.Arguments, name))
            {
                Context.ReportError(new GraphQLError(
                    $"Directive \"@{directiveName}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", [node]));
            }
        }
    }

    protected static bool HasArgument(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
