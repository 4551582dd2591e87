using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only FragmentsOnCompositeTypesRule, on these documents.
public sealed class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void Composite_conditions_are_valid() =>
        ExpectValid(
            FragmentsOnCompositeTypesRule.Rule,
            """
            { party { ... on Customer { id } ... on Node { id } ... { id } } subjects { ... on Subject { __typename } } }
            """);

    [Fact]
    public void Scalar_and_enum_conditions() =>
        ExpectErrors(
            FragmentsOnCompositeTypesRule.Rule,
            """
            { customer(id: 1) { ... on String { id } } }
            fragment S on Segment { id }
            fragment I on ComplaintFilter { id }
            """,
            "Fragment cannot condition on non composite type \"String\". @ 1:28",
            "Fragment \"S\" cannot condition on non composite type \"Segment\". @ 2:15",
            "Fragment \"I\" cannot condition on non composite type \"ComplaintFilter\". @ 3:15");
}
