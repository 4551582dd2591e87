using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only KnownArgumentNamesRule, on these documents.
public sealed class KnownArgumentNamesRuleTests
{
    [Fact]
    public void Known_arguments_are_valid() =>
        ExpectValid(
            KnownArgumentNamesRule.Rule,
            """
            { customer(id: 1) { name(upper: true) touchpoints(first: 1, channel: WEB) { id } } __typename @include(if: true) }
            """);

    [Fact]
    public void Unknown_field_arguments() =>
        ExpectErrors(
            KnownArgumentNamesRule.Rule,
            """
            { customer(id: 1, idd: 2) { name(uper: true) touchpoints(frist: 1, limit: 2) { id } } }
            """,
            "Unknown argument \"idd\" on field \"Query.customer\". Did you mean \"id\"? @ 1:19",
            "Unknown argument \"uper\" on field \"Customer.name\". Did you mean \"upper\"? @ 1:34",
            "Unknown argument \"frist\" on field \"Customer.touchpoints\". Did you mean \"first\"? @ 1:58",
            "Unknown argument \"limit\" on field \"Customer.touchpoints\". Did you mean \"first\"? @ 1:68");

    [Fact]
    public void Unknown_directive_arguments() =>
        ExpectErrors(
            KnownArgumentNamesRule.Rule,
            """
            { __typename @skip(iff: true) @tag(nam: "x", other: 1) }
            """,
            "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? @ 1:20",
            "Unknown argument \"nam\" on directive \"@tag\". Did you mean \"name\"? @ 1:36",
            "Unknown argument \"other\" on directive \"@tag\". @ 1:46");

    [Fact]
    public void Arguments_of_unknown_fields_are_not_reported() =>
        ExpectValid(
            KnownArgumentNamesRule.Rule,
            """
            { customer(id: 1) { unknown(x: 1) } }
            """);
}
