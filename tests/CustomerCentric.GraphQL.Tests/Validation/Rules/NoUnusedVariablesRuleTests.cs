using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only NoUnusedVariablesRule, on these documents.
public sealed class NoUnusedVariablesRuleTests
{
    [Fact]
    public void Variables_used_anywhere_are_valid() =>
        ExpectValid(
            NoUnusedVariablesRule.Rule,
            """
            query Q($a: Int, $b: Boolean!) { echo(int: $a) ...F }
            fragment F on Query { __typename @include(if: $b) }
            """);

    [Fact]
    public void Unused_variables() =>
        ExpectErrors(
            NoUnusedVariablesRule.Rule,
            """
            query Q($a: Int, $b: Int) { echo(int: $b) }
            query ($c: Int) { __typename }
            """,
            "Variable \"$a\" is never used in operation \"Q\". @ 1:9",
            "Variable \"$c\" is never used. @ 2:8");
}
