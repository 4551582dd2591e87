using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only UniqueArgumentNamesRule, on these documents.
public sealed class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void Distinct_arguments_are_valid() =>
        ExpectValid(
            UniqueArgumentNamesRule.Rule,
            """
            { echo(int: 1, float: 2) @tag(name: "a") }
            """);

    [Fact]
    public void Repeated_arguments() =>
        ExpectErrors(
            UniqueArgumentNamesRule.Rule,
            """
            { echo(int: 1, float: 2, int: 3, float: 4, int: 5) @cost(weight: 1, weight: 2) }
            """,
            "There can be only one argument named \"int\". @ 1:8 1:26 1:44",
            "There can be only one argument named \"float\". @ 1:16 1:34",
            "There can be only one argument named \"weight\". @ 1:58 1:69");
}
