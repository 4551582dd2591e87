using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only VariablesAreInputTypesRule, on these documents.
public sealed class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void Input_types_are_valid() =>
        ExpectValid(
            VariablesAreInputTypesRule.Rule,
            """
            query Q($a: String, $b: [Severity!]!, $c: ComplaintFilter, $d: Instant) { __typename }
            """);

    [Fact]
    public void Output_types_are_not_input_types() =>
        ExpectErrors(
            VariablesAreInputTypesRule.Rule,
            """
            query Q($a: Customer, $b: [[Node!]], $c: Subject!) { __typename }
            """,
            "Variable \"$a\" cannot be non-input type \"Customer\". @ 1:13",
            "Variable \"$b\" cannot be non-input type \"[[Node!]]\". @ 1:27",
            "Variable \"$c\" cannot be non-input type \"Subject!\". @ 1:42");
}
