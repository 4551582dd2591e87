namespace CustomerCentric.Domain.Routing;

/// <summary>Routes the same complaints with two compiled rule sets: the base of the admin's impact preview.</summary>
public static class RuleSetComparer
{
    public static IEnumerable<RoutingComparison> Compare(
        CompiledRuleSet before, CompiledRuleSet after, IEnumerable<RoutingCase> cases, DateTimeOffset decidedAt)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(cases);
        return Iterate(before, after, cases, decidedAt);
    }

    private static IEnumerable<RoutingComparison> Iterate(
        CompiledRuleSet before, CompiledRuleSet after, IEnumerable<RoutingCase> cases, DateTimeOffset decidedAt)
    {
        foreach (var routingCase in cases)
        {
            yield return new RoutingComparison(
                routingCase.ComplaintId,
                before.Evaluate(routingCase.Input, routingCase.Fallbacks, decidedAt),
                after.Evaluate(routingCase.Input, routingCase.Fallbacks, decidedAt));
        }
    }
}
