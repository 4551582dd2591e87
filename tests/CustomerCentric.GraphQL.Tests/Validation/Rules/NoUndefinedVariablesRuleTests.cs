using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only NoUndefinedVariablesRule, on these documents.
public sealed class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void Variables_used_in_fragments_are_defined() =>
        ExpectValid(
            NoUndefinedVariablesRule.Rule,
            """
            query Q($id: ID!) { customer(id: $id) { ...F } }
            fragment F on Customer { touchpoints(first: $id) { id } }
            """);

    [Fact]
    public void Undefined_in_named_and_anonymous_operations() =>
        ExpectErrors(
            NoUndefinedVariablesRule.Rule,
            """
            query Q { customer(id: $id) { id } }
            { echo(int: $n, list: [$s]) }
            """,
            "Variable \"$id\" is not defined by operation \"Q\". @ 1:24 1:1",
            "Variable \"$n\" is not defined. @ 2:13 2:1",
            "Variable \"$s\" is not defined. @ 2:24 2:1");

    [Fact]
    public void Undefined_through_a_fragment_used_twice() =>
        ExpectErrors(
            NoUndefinedVariablesRule.Rule,
            """
            query A($x: Int) { ...F }
            query B { ...F }
            fragment F on Query { echo(int: $x, filter: { customerId: $y }) }
            """,
            "Variable \"$y\" is not defined by operation \"A\". @ 3:59 1:1",
            "Variable \"$x\" is not defined by operation \"B\". @ 3:33 2:1",
            "Variable \"$y\" is not defined by operation \"B\". @ 3:59 2:1");
}
