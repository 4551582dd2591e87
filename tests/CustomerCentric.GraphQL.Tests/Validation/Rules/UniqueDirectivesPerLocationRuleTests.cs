using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only UniqueDirectivesPerLocationRule, on these documents.
public sealed class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void Repeatable_and_distinct_directives_are_valid() =>
        ExpectValid(
            UniqueDirectivesPerLocationRule.Rule,
            """
            { __typename @tag @tag(name: "a") @skip(if: false) @include(if: true) }
            """);

    [Fact]
    public void Repeated_non_repeatable_directives() =>
        ExpectErrors(
            UniqueDirectivesPerLocationRule.Rule,
            """
            query Q @cost(weight: 1) @cost(weight: 2) { __typename @skip(if: false) @skip(if: true) @skip(if: false) }
            """,
            "The directive \"@cost\" can only be used once at this location. @ 1:9 1:26",
            "The directive \"@skip\" can only be used once at this location. @ 1:56 1:73",
            "The directive \"@skip\" can only be used once at this location. @ 1:56 1:89");
}
