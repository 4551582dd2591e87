using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only NoUnusedFragmentsRule, on these documents.
public sealed class NoUnusedFragmentsRuleTests
{
    [Fact]
    public void Fragments_reached_through_other_fragments_are_used() =>
        ExpectValid(
            NoUnusedFragmentsRule.Rule,
            """
            { ...A }
            fragment A on Query { customer(id: 1) { ...B } }
            fragment B on Customer { id }
            """);

    [Fact]
    public void Unused_fragments_including_unused_cycles() =>
        ExpectErrors(
            NoUnusedFragmentsRule.Rule,
            """
            query Q { ...A }
            fragment A on Query { __typename }
            fragment Unused on Query { ...Cycle }
            fragment Cycle on Query { ...Unused }
            """,
            "Fragment \"Unused\" is never used. @ 3:1",
            "Fragment \"Cycle\" is never used. @ 4:1");
}
