using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only PossibleFragmentSpreadsRule, on these documents.
public sealed class PossibleFragmentSpreadsRuleTests
{
    [Fact]
    public void Overlapping_types_are_valid() =>
        ExpectValid(
            PossibleFragmentSpreadsRule.Rule,
            """
            { party { ...OnCustomer ... on Node { id } } subjects { ... on Customer { id } ... on Node { id } } }
            fragment OnCustomer on Customer { id }
            """);

    [Fact]
    public void Object_into_unrelated_object() =>
        ExpectErrors(
            PossibleFragmentSpreadsRule.Rule,
            """
            { customer(id: 1) { ... on Owner { id } ...OnTouchpoint } }
            fragment OnTouchpoint on Touchpoint { id }
            """,
            "Fragment cannot be spread here as objects of type \"Customer\" can never be of type \"Owner\". @ 1:21",
            "Fragment \"OnTouchpoint\" cannot be spread here as objects of type \"Customer\" can never be of type \"Touchpoint\". @ 1:41");

    [Fact]
    public void Abstract_into_unrelated_abstract() =>
        ExpectErrors(
            PossibleFragmentSpreadsRule.Rule,
            """
            { assignee { ... on Subject { __typename } } subjects { ...OnParty } }
            fragment OnParty on Party { id }
            """,
            "Fragment cannot be spread here as objects of type \"Assignee\" can never be of type \"Subject\". @ 1:14");
}
