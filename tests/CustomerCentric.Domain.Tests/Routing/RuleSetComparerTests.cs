using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Routing;
using static CustomerCentric.Domain.Tests.Routing.TestRules;

namespace CustomerCentric.Domain.Tests.Routing;

public sealed class RuleSetComparerTests
{
    [Fact]
    public void Compare_routes_each_case_with_both_versions_and_flags_changes()
    {
        var billingTeam = Guid.NewGuid();
        var financeLead = Guid.NewGuid();
        var billing = All("billing", billingTeam, When(ConditionKind.Category, "Billing"));
        var before = RuleSetCompiler.Compile([billing], version: 1);
        var critical = All("critical billing", financeLead, When(ConditionKind.Category, "Billing"), When(ConditionKind.MinimumSeverity, "Critical"));
        var after = RuleSetCompiler.Compile([critical, billing], version: 2);

        RoutingCase[] cases =
        [
            new(Guid.NewGuid(), Input(category: ComplaintCategory.Billing, severity: Severity.Critical), ChiefOnly),
            new(Guid.NewGuid(), Input(category: ComplaintCategory.Billing, severity: Severity.Low), ChiefOnly),
            new(Guid.NewGuid(), Input(category: ComplaintCategory.DeliveryDelay), ChiefOnly),
        ];

        var results = RuleSetComparer.Compare(before, after, cases, At).ToList();

        Assert.Equal(cases.Select(c => c.ComplaintId), results.Select(r => r.ComplaintId));
        Assert.Equal([true, false, false], results.Select(r => r.OwnerChanged));
        Assert.Equal([true, false, false], results.Select(r => r.ReasonChanged));
        Assert.Equal(financeLead, results[0].After.OwnerId);
        Assert.Equal(1, results[0].Before.RuleSetVersion);
        Assert.Equal(2, results[0].After.RuleSetVersion);
        // Same owner through a different path: the second rule now explains one earlier mismatch.
        Assert.Single(results[1].After.Explanation);
        Assert.Empty(results[1].Before.Explanation);
    }
}
