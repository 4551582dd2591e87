using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only UniqueInputFieldNamesRule, on these documents.
public sealed class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void Distinct_input_fields_are_valid() =>
        ExpectValid(
            UniqueInputFieldNamesRule.Rule,
            """
            { echo(nnInt: 1, nnList: [], filter: { customerId: 1, nested: { customerId: 2 } }) }
            """);

    [Fact]
    public void Repeated_input_fields() =>
        ExpectErrors(
            UniqueInputFieldNamesRule.Rule,
            """
            { echo(nnInt: 1, nnList: [], filter: { customerId: 1, nested: { text: "a", text: "b" }, customerId: 2, customerId: 3 }) }
            """,
            "There can be only one input field named \"text\". @ 1:65 1:76",
            "There can be only one input field named \"customerId\". @ 1:40 1:89",
            "There can be only one input field named \"customerId\". @ 1:40 1:104");
}
