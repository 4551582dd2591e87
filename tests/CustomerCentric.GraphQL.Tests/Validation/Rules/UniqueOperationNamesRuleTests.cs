using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only UniqueOperationNamesRule, on these documents.
public sealed class UniqueOperationNamesRuleTests
{
    [Fact]
    public void Distinct_names_and_anonymous_are_valid() =>
        ExpectValid(
            UniqueOperationNamesRule.Rule,
            """
            query A { __typename }
            query B { __typename }
            fragment A on Query { __typename }
            """);

    [Fact]
    public void Same_name_across_operation_types() =>
        ExpectErrors(
            UniqueOperationNamesRule.Rule,
            """
            query Load { __typename }
            mutation Load { __typename }
            subscription Load { ownerAssigned { id } }
            """,
            "There can be only one operation named \"Load\". @ 1:7 2:10",
            "There can be only one operation named \"Load\". @ 1:7 3:14");
}
