using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only UniqueVariableNamesRule, on these documents.
public sealed class UniqueVariableNamesRuleTests
{
    [Fact]
    public void Distinct_variables_are_valid() =>
        ExpectValid(
            UniqueVariableNamesRule.Rule,
            """
            query A($a: Int, $b: Int) { __typename }
            query B($a: Int) { __typename }
            """);

    [Fact]
    public void Repeated_variables_in_first_use_order() =>
        ExpectErrors(
            UniqueVariableNamesRule.Rule,
            """
            query Q($a: Int, $b: Int, $b: String, $a: Int, $a: ID) { __typename }
            """,
            "There can be only one variable named \"$a\". @ 1:10 1:40 1:49",
            "There can be only one variable named \"$b\". @ 1:19 1:28");
}
