using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only LoneAnonymousOperationRule, on these documents.
public sealed class LoneAnonymousOperationRuleTests
{
    [Fact]
    public void One_anonymous_operation_is_valid() =>
        ExpectValid(
            LoneAnonymousOperationRule.Rule,
            """
            { __typename }
            fragment F on Query { __typename }
            """);

    [Fact]
    public void Anonymous_with_named_operation() =>
        ExpectErrors(
            LoneAnonymousOperationRule.Rule,
            """
            { __typename }
            query Named { __typename }
            """,
            "This anonymous operation must be the only defined operation. @ 1:1");

    [Fact]
    public void Two_anonymous_operations() =>
        ExpectErrors(
            LoneAnonymousOperationRule.Rule,
            """
            { __typename }
            mutation { acknowledge(id: 1) { id } }
            """,
            "This anonymous operation must be the only defined operation. @ 1:1",
            "This anonymous operation must be the only defined operation. @ 2:1");
}
