using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only NoFragmentCyclesRule, on these documents.
public sealed class NoFragmentCyclesRuleTests
{
    [Fact]
    public void Repeated_spreads_without_cycles_are_valid() =>
        ExpectValid(
            NoFragmentCyclesRule.Rule,
            """
            fragment A on Customer { ...B ...B }
            fragment B on Customer { id }
            """);

    [Fact]
    public void Direct_self_spread() =>
        ExpectErrors(
            NoFragmentCyclesRule.Rule,
            """
            fragment A on Customer { ...A }
            """,
            "Cannot spread fragment \"A\" within itself. @ 1:26");

    [Fact]
    public void Indirect_cycles() =>
        ExpectErrors(
            NoFragmentCyclesRule.Rule,
            """
            fragment A on Customer { ...B }
            fragment B on Customer { ...C ...A }
            fragment C on Customer { ...A ...B }
            """,
            "Cannot spread fragment \"A\" within itself via \"B\", \"C\". @ 1:26 2:26 3:26",
            "Cannot spread fragment \"B\" within itself via \"C\". @ 2:26 3:31",
            "Cannot spread fragment \"A\" within itself via \"B\". @ 1:26 2:31");
}
