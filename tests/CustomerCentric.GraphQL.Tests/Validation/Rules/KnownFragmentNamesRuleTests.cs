using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only KnownFragmentNamesRule, on these documents.
public sealed class KnownFragmentNamesRuleTests
{
    [Fact]
    public void Defined_fragments_are_valid() =>
        ExpectValid(
            KnownFragmentNamesRule.Rule,
            """
            { ...A customer(id: 1) { ...B } }
            fragment A on Query { __typename }
            fragment B on Customer { id ...A2 }
            fragment A2 on Customer { name }
            """);

    [Fact]
    public void Unknown_fragments() =>
        ExpectErrors(
            KnownFragmentNamesRule.Rule,
            """
            { ...Missing customer(id: 1) { ... on Customer { ...AlsoMissing } } }
            """,
            "Unknown fragment \"Missing\". @ 1:6",
            "Unknown fragment \"AlsoMissing\". @ 1:53");
}
