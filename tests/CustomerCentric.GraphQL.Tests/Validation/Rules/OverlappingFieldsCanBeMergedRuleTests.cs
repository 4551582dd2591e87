using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only OverlappingFieldsCanBeMergedRule, on these documents.
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    [Fact]
    public void Identical_and_exclusive_fields_are_valid() =>
        ExpectValid(
            OverlappingFieldsCanBeMergedRule.Rule,
            """
            { customer(id: 1) { id id name(upper: true) name(upper: true) } subjects { ... on Customer { key: id } ... on Touchpoint { key: id } } party { ... on Customer { v: bestFriend { id } } ... on Owner { v: deputy { id } } } }
            """);

    [Fact]
    public void Exclusive_parents_still_need_the_same_leaf_type() =>
        ExpectErrors(
            OverlappingFieldsCanBeMergedRule.Rule,
            """
            { subjects { ... on Customer { name } ... on Touchpoint { channel name: channel } } }
            """,
            "Fields \"name\" conflict because they return conflicting types \"String\" and \"Channel\". Use different aliases on the fields to fetch both if this was intentional. @ 1:32 1:67");

    [Fact]
    public void Different_fields_under_one_alias() =>
        ExpectErrors(
            OverlappingFieldsCanBeMergedRule.Rule,
            """
            { customer(id: 1) { name: segment name } }
            """,
            "Fields \"name\" conflict because \"segment\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:21 1:35");

    [Fact]
    public void Differing_arguments() =>
        ExpectErrors(
            OverlappingFieldsCanBeMergedRule.Rule,
            """
            query Q($u: Boolean) { customer(id: 1) { name(upper: true) name(upper: false) n: name(upper: $u) n: name } }
            """,
            "Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:42 1:60",
            "Fields \"n\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:79 1:98");

    [Fact]
    public void Conflicting_return_types_on_exclusive_parents() =>
        ExpectErrors(
            OverlappingFieldsCanBeMergedRule.Rule,
            """
            { subjects { ... on Customer { name } ... on Touchpoint { name } } }
            """,
            "Fields \"name\" conflict because they return conflicting types \"String\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional. @ 1:32 1:59");

    [Fact]
    public void Nested_subfield_conflicts() =>
        ExpectErrors(
            OverlappingFieldsCanBeMergedRule.Rule,
            """
            { customer(id: 1) { bestFriend { x: id x: name } bestFriend { x: segment } } }
            """,
            "Fields \"bestFriend\" conflict because subfields \"x\" conflict because \"id\" and \"segment\" are different fields and subfields \"x\" conflict because \"name\" and \"segment\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:21 1:34 1:40 1:50 1:63 1:63",
            "Fields \"x\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:34 1:40");

    [Fact]
    public void Conflicts_through_fragments() =>
        ExpectErrors(
            OverlappingFieldsCanBeMergedRule.Rule,
            """
            { customer(id: 1) { ...A ...B id: name } }
            fragment A on Customer { id: segment }
            fragment B on Customer { id: score }
            """,
            "Fields \"id\" conflict because \"name\" and \"segment\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:31 2:26",
            "Fields \"id\" conflict because \"segment\" and \"score\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 2:26 3:26",
            "Fields \"id\" conflict because \"name\" and \"score\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:31 3:26");
}
