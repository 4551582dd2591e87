using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only KnownTypeNamesRule, on these documents.
public sealed class KnownTypeNamesRuleTests
{
    [Fact]
    public void Known_types_are_valid() =>
        ExpectValid(
            KnownTypeNamesRule.Rule,
            """
            query Q($id: ID!, $f: ComplaintFilter) { customer(id: $id) { ...F ... on Party { id } } }
            fragment F on Customer { id }
            """);

    [Fact]
    public void Unknown_types_with_suggestions() =>
        ExpectErrors(
            KnownTypeNamesRule.Rule,
            """
            query Q($a: Cusomer, $b: [Strin!], $c: Nope) { node(id: 1) { ... on Custmer { id } } }
            fragment F on Segmen { id }
            """,
            "Unknown type \"Cusomer\". Did you mean \"Customer\"? @ 1:13",
            "Unknown type \"Strin\". Did you mean \"String\"? @ 1:27",
            "Unknown type \"Nope\". Did you mean \"Node\"? @ 1:40",
            "Unknown type \"Custmer\". Did you mean \"Customer\"? @ 1:69",
            "Unknown type \"Segmen\". Did you mean \"Segment\"? @ 2:15");
}
