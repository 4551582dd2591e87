using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only KnownDirectivesRule, on these documents.
public sealed class KnownDirectivesRuleTests
{
    [Fact]
    public void Known_directives_in_valid_locations() =>
        ExpectValid(
            KnownDirectivesRule.Rule,
            """
            query Q($v: Int @onVariable) @cost(weight: 1) { echo(int: $v) @skip(if: false) @tag ...F @tag ... @include(if: true) { __typename } }
            fragment F on Query @cost(weight: 2) { __typename }
            """);

    [Fact]
    public void Unknown_directives() =>
        ExpectErrors(
            KnownDirectivesRule.Rule,
            """
            { __typename @nope customer(id: 1) @skp(if: true) { id } }
            """,
            "Unknown directive \"@nope\". @ 1:14",
            "Unknown directive \"@skp\". @ 1:36");

    [Fact]
    public void Directives_in_wrong_locations() =>
        ExpectErrors(
            KnownDirectivesRule.Rule,
            """
            query Q($v: Int @skip(if: true)) @tag { echo(int: $v) @onVariable ...F @cost(weight: 1) }
            mutation M @cost(weight: 1) { __typename }
            fragment F on Query @include(if: true) { __typename }
            """,
            "Directive \"@skip\" may not be used on VARIABLE_DEFINITION. @ 1:17",
            "Directive \"@tag\" may not be used on QUERY. @ 1:34",
            "Directive \"@onVariable\" may not be used on FIELD. @ 1:55",
            "Directive \"@cost\" may not be used on FRAGMENT_SPREAD. @ 1:72",
            "Directive \"@cost\" may not be used on MUTATION. @ 2:12",
            "Directive \"@include\" may not be used on FRAGMENT_DEFINITION. @ 3:21");
}
