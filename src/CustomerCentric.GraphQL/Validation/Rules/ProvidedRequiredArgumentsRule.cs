using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2.1 Required Arguments: non-null arguments without a default are given, on fields and directives.</summary>
public sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ProvidedRequiredArgumentsOnDirectivesRule(context)
{
    public static ValidationRule Rule { get; } = context => new ProvidedRequiredArgumentsRule(context);

    public override void Leave(FieldNode node)
    {
        if (context.FieldDef is not { } fieldDef)
        {
            return;
        }

        foreach (var argument in fieldDef.Arguments)
        {
            if (argument.IsRequired && !HasArgument(node.Arguments, argument.Name))
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", [node]));
            }
        }
    }
}
