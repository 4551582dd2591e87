using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Sla;
using static CustomerCentric.Domain.Tests.Owners.TouchpointOwnerTests;

namespace CustomerCentric.Domain.Tests.Sla;

/// <summary>assignee -> active deputy -> Chief Touchpoint Officer -> none.</summary>
public sealed class EscalationPolicyTests
{
    private readonly TouchpointOwner _chief = Chief();
    private readonly TouchpointOwner _assignee = Owner("Dana");
    private readonly TouchpointOwner _deputy = Owner("Eli");

    public EscalationPolicyTests() => _assignee.AssignDeputy(_deputy.Id);

    [Fact]
    public void Routed_assignee_escalates_to_the_active_deputy() =>
        Assert.Equal(new EscalationStep(_deputy.Id, 1), EscalationPolicy.Next(0, _assignee, _deputy, _chief));

    [Fact]
    public void Deputy_escalates_to_the_chief_touchpoint_officer() =>
        Assert.Equal(new EscalationStep(_chief.Id, 2), EscalationPolicy.Next(1, _deputy, null, _chief));

    [Fact]
    public void Inactive_or_missing_deputy_is_skipped_to_the_chief()
    {
        var alone = Owner("Alone");
        Assert.Equal(new EscalationStep(_chief.Id, 2), EscalationPolicy.Next(0, alone, null, _chief));
        _deputy.Deactivate();
        Assert.Equal(new EscalationStep(_chief.Id, 2), EscalationPolicy.Next(0, _assignee, _deputy, _chief));
    }

    [Fact]
    public void Deputy_who_is_the_chief_counts_as_the_chief_level()
    {
        _assignee.AssignDeputy(_chief.Id);
        Assert.Equal(new EscalationStep(_chief.Id, 2), EscalationPolicy.Next(0, _assignee, _chief, _chief));
    }

    [Fact]
    public void Nothing_follows_the_chief_touchpoint_officer()
    {
        Assert.Null(EscalationPolicy.Next(2, _chief, null, _chief));
        // Routed straight to the chief by the fallback: there is nobody above.
        Assert.Null(EscalationPolicy.Next(0, _chief, null, _chief));
        Assert.Null(EscalationPolicy.Next(1, _deputy, null, null));
    }

    [Fact]
    public void A_deputy_that_is_not_the_assignees_is_refused_and_so_is_a_fake_chief()
    {
        Assert.Throws<DomainException>(() => EscalationPolicy.Next(0, _assignee, Owner("Stranger"), _chief));
        Assert.Throws<DomainException>(() => EscalationPolicy.Next(0, _assignee, _deputy, Owner("Pretender")));
        Assert.Throws<DomainException>(() => EscalationPolicy.Next(3, _assignee, _deputy, _chief));
    }

    [Fact]
    public void Policy_and_complaint_together_walk_the_whole_chain()
    {
        var complaint = Complaints.ComplaintScenarios.In(Domain.Complaints.ComplaintStatus.Routed);
        var now = Complaints.ComplaintScenarios.Start.AddHours(5);
        var owners = new[] { _assignee, _deputy, _chief }.ToDictionary(o => o.Id);
        var current = _assignee;

        var walked = new List<int>();
        while (EscalationPolicy.Next(complaint.EscalationLevel, current, current.DeputyId is { } d ? owners[d] : null, _chief) is { } step)
        {
            complaint.Escalate(step, SlaPolicy.Default.AcknowledgeByAfterEscalation(complaint.Severity, now), now, "missed");
            walked.Add(step.Level);
            current = owners[step.OwnerId];
            now = now.AddHours(5);
        }

        Assert.Equal([1, 2], walked);
        Assert.Equal(_chief.Id, complaint.AssigneeId);
    }
}
