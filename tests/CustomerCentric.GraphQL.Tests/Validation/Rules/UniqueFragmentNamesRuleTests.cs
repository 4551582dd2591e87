using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only UniqueFragmentNamesRule, on these documents.
public sealed class UniqueFragmentNamesRuleTests
{
    [Fact]
    public void Distinct_fragments_are_valid() =>
        ExpectValid(
            UniqueFragmentNamesRule.Rule,
            """
            { ...A ...B }
            fragment A on Query { __typename }
            fragment B on Query { __typename }
            """);

    [Fact]
    public void Repeated_fragment_names() =>
        ExpectErrors(
            UniqueFragmentNamesRule.Rule,
            """
            { ...A }
            fragment A on Query { __typename }
            fragment A on Query { a: __typename }
            fragment A on Query { b: __typename }
            """,
            "There can be only one fragment named \"A\". @ 2:10 3:10",
            "There can be only one fragment named \"A\". @ 2:10 4:10");
}
