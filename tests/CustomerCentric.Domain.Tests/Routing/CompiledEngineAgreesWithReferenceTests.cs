using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Touchpoints;
using static CustomerCentric.Domain.Tests.Routing.TestRules;

namespace CustomerCentric.Domain.Tests.Routing;

/// <summary>
/// Property test: over many seeded random rule sets and complaints, the compiled engine picks the same rule, owner and
/// first failed conditions as <see cref="ReferenceRuleEvaluator"/>, which reads the rules literally.
/// </summary>
public sealed class CompiledEngineAgreesWithReferenceTests
{
    // Overlapping on purpose ("re", "fund", "refund"; "late", "late delivery") so the automaton's shared outputs are exercised.
    private static readonly string[] Keywords = ["refund", "fund", "re", "late", "late delivery", "broken", "Über", "straße", "rude", "x", "ÄÖ"];
    private static readonly string[] Words = ["refunded", "Late", "DELIVERY", "brok", "broken", "über", "STRASSE", "straße", "rUde", "xyz", "äö", "the", "a", " ", "invoice"];
    private static readonly Guid[] Touchpoints = Enumerable.Range(1, 6).Select(i => new Guid(i, 7, 7, new byte[8])).ToArray();
    private static readonly Guid[] Owners = Enumerable.Range(1, 4).Select(i => new Guid(i, 9, 9, new byte[8])).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Compiled_engine_agrees_with_reference(int seed)
    {
        var random = new Random(seed);
        for (var set = 0; set < 40; set++)
        {
            var rules = Enumerable.Range(0, random.Next(0, 40)).Select(i => RandomRule(random, i)).ToArray();
            var compiled = RuleSetCompiler.Compile(rules, version: set + 1);
            for (var complaint = 0; complaint < 50; complaint++)
            {
                var input = RandomInput(random);
                var fallbacks = random.Next(2) == 0 ? WithDefaultOwner : ChiefOnly;

                var decision = compiled.Evaluate(input, fallbacks, At);
                var (matched, failures) = ReferenceRuleEvaluator.Evaluate(rules, input);

                var context = $"seed {seed}, set {set}, complaint {complaint}, text '{input.Text}'";
                Assert.True(matched < 0 ? decision.MatchedRuleId is null : decision.MatchedRuleId == rules[matched].Id, context);
                Assert.Equal(ReferenceRuleEvaluator.Owner(rules, input, fallbacks), decision.OwnerId);
                Assert.Equal(failures.Select(f => (f.Rule.Id, f.ConditionIndex)), decision.Explanation.Select(m => (m.RuleId, m.ConditionIndex)));
            }
        }
    }

    private static RoutingRule RandomRule(Random random, int index)
    {
        var conditions = Enumerable.Range(0, random.Next(1, 5)).Select(_ => RandomCondition(random)).ToArray();
        return new RoutingRule(
            Guid.NewGuid(), $"rule {index}", random.Next(5) != 0,
            random.Next(2) == 0 ? ConditionMatch.All : ConditionMatch.Any,
            conditions, Owners[random.Next(Owners.Length)]);
    }

    private static RuleCondition RandomCondition(Random random)
    {
        var kind = (ConditionKind)random.Next(Enum.GetValues<ConditionKind>().Length);
        string[] values = kind switch
        {
            ConditionKind.Touchpoint => Some(random, Touchpoints.Select(t => t.ToString()).ToArray()),
            ConditionKind.Channel => Some(random, Enum.GetNames<Channel>()),
            ConditionKind.JourneyPhase => Some(random, Enum.GetNames<JourneyPhase>()),
            ConditionKind.Category => Some(random, Enum.GetNames<ComplaintCategory>()),
            ConditionKind.MinimumSeverity => [Enum.GetNames<Severity>()[random.Next(4)]],
            ConditionKind.CustomerSegment => Some(random, Enum.GetNames<CustomerSegment>()),
            _ => Some(random, Keywords),
        };
        return new RuleCondition(kind, values);
    }

    private static string[] Some(Random random, string[] pool) =>
        pool.OrderBy(_ => random.Next()).Take(random.Next(1, Math.Min(4, pool.Length) + 1)).ToArray();

    private static RoutingInput RandomInput(Random random)
    {
        var text = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => Words[random.Next(Words.Length)] + (random.Next(3) == 0 ? "" : " ")));
        return new RoutingInput(
            Touchpoints[random.Next(Touchpoints.Length)],
            Pick<Channel>(random), Pick<JourneyPhase>(random), Pick<ComplaintCategory>(random), Pick<Severity>(random), Pick<CustomerSegment>(random),
            text);
    }

    private static T Pick<T>(Random random) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }
}
