using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only ExecutableDefinitionsRule, on these documents.
public sealed class ExecutableDefinitionsRuleTests
{
    [Fact]
    public void Operations_and_fragments_only_are_valid() =>
        ExpectValid(
            ExecutableDefinitionsRule.Rule,
            """
            query Q { customer(id: 1) { ...F } }
            fragment F on Customer { id }
            """);

    [Fact]
    public void Type_definitions_are_not_executable() =>
        ExpectErrors(
            ExecutableDefinitionsRule.Rule,
            """
            { customer(id: 1) { id } }
            type Extra { a: Int }
            extend type Customer { more: Int }
            """,
            "The \"Extra\" definition is not executable. @ 2:1",
            "The \"Customer\" definition is not executable. @ 3:1");

    [Fact]
    public void Schema_and_directive_definitions_are_not_executable() =>
        ExpectErrors(
            ExecutableDefinitionsRule.Rule,
            """
            { __typename }
            schema { query: Query }
            directive @later on FIELD
            extend schema @later
            """,
            "The schema definition is not executable. @ 2:1",
            "The \"later\" definition is not executable. @ 3:1",
            "The schema definition is not executable. @ 4:1");
}
