using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only SingleFieldSubscriptionsRule, on these documents.
public sealed class SingleFieldSubscriptionsRuleTests
{
    [Fact]
    public void One_root_field_is_valid() =>
        ExpectValid(
            SingleFieldSubscriptionsRule.Rule,
            """
            subscription S { complaintRouted(id: 1) { id } }
            """);

    [Fact]
    public void Skipped_fields_do_not_count() =>
        ExpectValid(
            SingleFieldSubscriptionsRule.Rule,
            """
            subscription S { complaintRouted { id } ownerAssigned @skip(if: true) { id } ... @include(if: false) { extra: ownerAssigned { id } } }
            """);

    [Fact]
    public void More_than_one_root_field() =>
        ExpectErrors(
            SingleFieldSubscriptionsRule.Rule,
            """
            subscription S { complaintRouted { id } ownerAssigned { id } again: ownerAssigned { id } }
            """,
            "Subscription \"S\" must select only one top level field. @ 1:41 1:62");

    [Fact]
    public void Root_fields_through_fragments() =>
        ExpectErrors(
            SingleFieldSubscriptionsRule.Rule,
            """
            subscription { ...Both }
            fragment Both on Subscription { complaintRouted { id } ... on Subscription { ownerAssigned { id } } }
            """,
            "Anonymous Subscription must select only one top level field. @ 2:78");

    [Fact]
    public void Introspection_root_field() =>
        ExpectErrors(
            SingleFieldSubscriptionsRule.Rule,
            """
            subscription S { __typename }
            """,
            "Subscription \"S\" must not select an introspection top level field. @ 1:18");
}
