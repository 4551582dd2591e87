using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only ScalarLeafsRule, on these documents.
public sealed class ScalarLeafsRuleTests
{
    [Fact]
    public void Leaves_and_selected_composites_are_valid() =>
        ExpectValid(
            ScalarLeafsRule.Rule,
            """
            { customer(id: 1) { id segment bestFriend { name } } }
            """);

    [Fact]
    public void Composite_field_without_selection() =>
        ExpectErrors(
            ScalarLeafsRule.Rule,
            """
            { customer(id: 1) }
            query Q { customers { bestFriend } }
            """,
            "Field \"customer\" of type \"Customer\" must have a selection of subfields. Did you mean \"customer { ... }\"? @ 1:3",
            "Field \"bestFriend\" of type \"Customer\" must have a selection of subfields. Did you mean \"bestFriend { ... }\"? @ 2:23");

    [Fact]
    public void Leaf_field_with_selection() =>
        ExpectErrors(
            ScalarLeafsRule.Rule,
            """
            { customer(id: 1) { segment { x } tags { y } } }
            """,
            "Field \"segment\" must not have a selection since type \"Segment\" has no subfields. @ 1:29",
            "Field \"tags\" must not have a selection since type \"[String!]\" has no subfields. @ 1:40");
}
