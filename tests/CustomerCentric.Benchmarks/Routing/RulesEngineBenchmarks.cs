using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Tests.Routing;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Benchmarks.Routing;

/// <summary>
/// 1,000 rules, a typical complaint (about 300 characters of text) that matches rule 700, and one that matches nothing and
/// falls back. The compiled engine is compared with the naive interpretation of the same rules (the baseline of each group).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RulesEngineBenchmarks
{
    private const int RuleCount = 1000;
    private const int MatchingRule = 700;

    private RoutingRule[] _rules = [];
    private CompiledRuleSet _compiled = CompiledRuleSet.Empty;
    private RoutingInput _matching;
    private RoutingInput _unmatched;
    private readonly RoutingFallbacks _fallbacks = new(Guid.Parse("0000000d-0000-0000-0000-000000000001"), Guid.Parse("0000000c-0000-0000-0000-000000000001"));
    private readonly DateTimeOffset _at = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(700);
        var touchpoints = Enumerable.Range(1, 60).Select(i => new Guid(i, 1, 1, new byte[8])).ToArray();
        // About 600 distinct keywords, so the automaton is realistic in size.
        var vocabulary = Enumerable.Range(0, 600).Select(i => $"{Syllable(i)}{Syllable(i / 7 + 13)}{Syllable(i / 3 + 29)}").Distinct().ToArray();

        var text = "Hello, I ordered a washing machine three weeks ago and my credit card was charged twice. " +
                   "Your hotline kept me waiting for forty minutes and then the call dropped. I have now asked my bank " +
                   "for a chargeback. Please sort this out quickly, otherwise I will cancel the contract. Order 4711-0815.";
        _matching = new RoutingInput(touchpoints[3], Channel.Hotline, JourneyPhase.AfterSales, ComplaintCategory.Billing, Severity.High, CustomerSegment.Private, text);
        _unmatched = _matching with { Category = ComplaintCategory.Other };

        var rules = new List<RoutingRule>();
        for (var i = 0; i < RuleCount; i++)
        {
            var conditions = new List<RuleCondition>
            {
                new(ConditionKind.Touchpoint, Enumerable.Range(0, random.Next(1, 4)).Select(_ => touchpoints[random.Next(8)].ToString()).ToArray()),
                new(ConditionKind.Category, Enum.GetNames<ComplaintCategory>().Where(n => n != "Other").OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToArray()),
            };
            if (random.Next(2) == 0)
                conditions.Add(new(ConditionKind.MinimumSeverity, [Enum.GetNames<Severity>()[random.Next(4)]]));
            if (random.Next(3) == 0)
                conditions.Add(new(ConditionKind.CustomerSegment, [Enum.GetNames<CustomerSegment>()[random.Next(3)]]));
            conditions.Add(new(ConditionKind.TextContains, Enumerable.Range(0, random.Next(1, 4)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray()));
            var match = random.Next(10) == 0 ? ConditionMatch.Any : ConditionMatch.All;
            rules.Add(new RoutingRule(Guid.NewGuid(), $"rule {i}", random.Next(20) != 0, match, conditions, new Guid(i + 1, 2, 2, new byte[8])));
        }
        rules[MatchingRule] = new RoutingRule(Guid.NewGuid(), "billing disputes on the hotline", true, ConditionMatch.All,
            [
                new(ConditionKind.Touchpoint, [touchpoints[3].ToString(), touchpoints[5].ToString()]),
                new(ConditionKind.Category, ["Billing"]),
                new(ConditionKind.MinimumSeverity, ["High"]),
                new(ConditionKind.TextContains, ["chargeback", "charged twice"]),
            ],
            Guid.Parse("0000000a-0000-0000-0000-000000000700"));
        _rules = [.. rules];

        // Random Any rules must not match by accident (an All rule never does: none lists category Other, and the typical
        // complaint's keywords are not in the vocabulary): one that would is made All.
        for (var i = 0; i < RuleCount; i++)
        {
            if (i != MatchingRule && (Matches(_rules[i], _matching) || Matches(_rules[i], _unmatched)))
                _rules[i] = _rules[i] with { Match = ConditionMatch.All };
        }

        _compiled = RuleSetCompiler.Compile(_rules, version: 1);
        Check(ReferenceRuleEvaluator.Evaluate(_rules, _matching).MatchedIndex == MatchingRule, "the typical complaint must match rule 700");
        Check(_compiled.Evaluate(_matching, _fallbacks, _at).MatchedRuleId == _rules[MatchingRule].Id, "the compiled engine must agree");
        Check(ReferenceRuleEvaluator.Evaluate(_rules, _unmatched).MatchedIndex < 0, "the unmatched complaint must fall back");
        Check(_compiled.Evaluate(_unmatched, _fallbacks, _at).Outcome == RoutingOutcome.TouchpointDefaultOwner, "the compiled engine must fall back too");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("MatchAtRule700")]
    public Guid Naive_MatchAtRule700() => ReferenceRuleEvaluator.Owner(_rules, _matching, _fallbacks);

    [Benchmark, BenchmarkCategory("MatchAtRule700")]
    public RoutingDecision Compiled_MatchAtRule700() => _compiled.Evaluate(_matching, _fallbacks, _at);

    [Benchmark, BenchmarkCategory("MatchAtRule700")]
    public int Compiled_MatchAtRule700_ReadExplanation() => _compiled.Evaluate(_matching, _fallbacks, _at).Explanation[^1].Reason.Length;

    [Benchmark(Baseline = true), BenchmarkCategory("NoMatchFallback")]
    public Guid Naive_NoMatchFallback() => ReferenceRuleEvaluator.Owner(_rules, _unmatched, _fallbacks);

    [Benchmark, BenchmarkCategory("NoMatchFallback")]
    public RoutingDecision Compiled_NoMatchFallback() => _compiled.Evaluate(_unmatched, _fallbacks, _at);

    private static bool Matches(RoutingRule rule, RoutingInput input) => ReferenceRuleEvaluator.Evaluate([rule], input).MatchedIndex == 0;

    private static string Syllable(int i) => "ka,ro,mi,su,te,lo,ba,ne,vi,du,pa,go,ri,ze,fo,hu,ja,le".Split(',')[i % 18];

    private static void Check(bool condition, string what)
    {
        if (!condition)
            throw new InvalidOperationException($"Benchmark setup is wrong: {what}.");
    }
}
