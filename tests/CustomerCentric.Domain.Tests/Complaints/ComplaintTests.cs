using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Sla;
using static CustomerCentric.Domain.Tests.Complaints.ComplaintScenarios;

namespace CustomerCentric.Domain.Tests.Complaints;

public sealed class ComplaintTests
{
    private static readonly DateTimeOffset Later = Start.AddHours(1);

    public static TheoryData<ComplaintStatus, bool, ComplaintTrigger> EveryStartAndTrigger()
    {
        var data = new TheoryData<ComplaintStatus, bool, ComplaintTrigger>();
        foreach (var status in Enum.GetValues<ComplaintStatus>())
        {
            foreach (var acknowledged in status is ComplaintStatus.Resolved or ComplaintStatus.Closed ? new[] { true, false } : [true])
            {
                foreach (var trigger in Enum.GetValues<ComplaintTrigger>())
                    data.Add(status, acknowledged, trigger);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStartAndTrigger))]
    public void Every_method_moves_only_along_the_table(ComplaintStatus start, bool acknowledged, ComplaintTrigger trigger)
    {
        var complaint = In(start, acknowledged);
        var target = ComplaintStatusMachineTests.Intended(trigger, complaint.AcknowledgedAt is not null);
        var version = complaint.Version;
        var historyCount = complaint.History.Count;

        void Act()
        {
            switch (trigger)
            {
                case ComplaintTrigger.Route: complaint.Route(Decision(Assignee), SlaPolicy.Default.Deadlines(complaint.Severity, Start), Later); break;
                case ComplaintTrigger.Acknowledge: complaint.Acknowledge("owner", Later); break;
                case ComplaintTrigger.Resolve: complaint.Resolve("owner", Later, "Fixed."); break;
                case ComplaintTrigger.Close: complaint.Close("owner", Later); break;
                default: complaint.Reopen("customer", Later, "Still broken."); break;
            }
        }

        if (ComplaintStatusMachineTests.Documented.Contains((start, trigger, target)))
        {
            Act();
            Assert.Equal(target, complaint.Status);
            Assert.Equal(version + 1, complaint.Version);
            var entry = Assert.Single(complaint.History.Skip(historyCount));
            Assert.Equal((start, target), (entry.FromStatus, entry.ToStatus));
            Assert.Equal(Later, entry.At);
            Assert.Equal(complaint.Id, entry.ComplaintId);
        }
        else
        {
            var error = Assert.Throws<InvalidStatusTransitionException>(Act);
            Assert.Equal((start, target), (error.From, error.To));
            Assert.Equal(start, complaint.Status);
            Assert.Equal(version, complaint.Version);
            Assert.Equal(historyCount, complaint.History.Count);
        }
    }

    [Fact]
    public void Submit_starts_received_with_one_history_entry()
    {
        var complaint = Submitted();
        Assert.Equal(ComplaintStatus.Received, complaint.Status);
        Assert.Equal(1, complaint.Version);
        Assert.Null(complaint.AssigneeId);
        var entry = Assert.Single(complaint.History);
        Assert.Equal(ComplaintHistoryKind.Submitted, entry.Kind);
        Assert.Equal((null, ComplaintStatus.Received), (entry.FromStatus, entry.ToStatus));
    }

    [Fact]
    public void Submit_validates_its_input()
    {
        Assert.Throws<DomainException>(() => Complaint.Submit(Guid.Empty, Guid.NewGuid(), ComplaintCategory.Billing, Severity.Low, "t", "k", Start));
        Assert.Throws<DomainException>(() => Complaint.Submit(Guid.NewGuid(), Guid.Empty, ComplaintCategory.Billing, Severity.Low, "t", "k", Start));
        Assert.Throws<DomainException>(() => Complaint.Submit(Guid.NewGuid(), Guid.NewGuid(), (ComplaintCategory)50, Severity.Low, "t", "k", Start));
        Assert.Throws<DomainException>(() => Complaint.Submit(Guid.NewGuid(), Guid.NewGuid(), ComplaintCategory.Billing, (Severity)9, "t", "k", Start));
        Assert.Throws<DomainException>(() => Complaint.Submit(Guid.NewGuid(), Guid.NewGuid(), ComplaintCategory.Billing, Severity.Low, "  ", "k", Start));
        Assert.Throws<DomainException>(() => Complaint.Submit(Guid.NewGuid(), Guid.NewGuid(), ComplaintCategory.Billing, Severity.Low, "t", "", Start));
    }

    [Fact]
    public void Route_assigns_the_decided_owner_and_sets_the_deadlines()
    {
        var complaint = Submitted(Severity.Critical);
        var decision = Decision(Assignee);
        complaint.Route(decision, SlaPolicy.Default.Deadlines(Severity.Critical, Start), Later);

        Assert.Equal(Assignee, complaint.AssigneeId);
        Assert.Same(decision, complaint.Routing);
        Assert.Equal(Later, complaint.RoutedAt);
        Assert.Equal(Start.AddHours(1), complaint.AcknowledgeBy);
        Assert.Equal(Start.AddHours(8), complaint.ResolveBy);
        var entry = complaint.History[^1];
        Assert.Equal(ComplaintHistoryKind.Routed, entry.Kind);
        Assert.Equal(Assignee, entry.OwnerId);
        Assert.Equal("Rule 'billing' of rule set version 4 matched.", entry.Text);
    }

    [Fact]
    public void Each_step_records_its_time_and_the_timestamps_follow()
    {
        var complaint = In(ComplaintStatus.Closed);
        Assert.Equal(Start.AddMinutes(2), complaint.AcknowledgedAt);
        Assert.Equal(Start.AddMinutes(3), complaint.ResolvedAt);
        Assert.Equal(Start.AddMinutes(4), complaint.ClosedAt);
        Assert.Equal(
            [ComplaintHistoryKind.Submitted, ComplaintHistoryKind.Routed, ComplaintHistoryKind.Acknowledged, ComplaintHistoryKind.Resolved, ComplaintHistoryKind.Closed],
            complaint.History.Select(h => h.Kind));
        Assert.Equal(5, complaint.Version);
        Assert.Equal("Refunded.", complaint.History[3].Text);
    }

    [Fact]
    public void Reopen_goes_back_to_acknowledged_when_it_had_been_acknowledged_and_clears_the_end_times()
    {
        var complaint = In(ComplaintStatus.Closed, acknowledged: true);
        complaint.Reopen("customer", Later, "Charged again.");
        Assert.Equal(ComplaintStatus.Acknowledged, complaint.Status);
        Assert.Null(complaint.ResolvedAt);
        Assert.Null(complaint.ClosedAt);
        Assert.Equal(ComplaintHistoryKind.Reopened, complaint.History[^1].Kind);
        Assert.Equal("Charged again.", complaint.History[^1].Text);
    }

    [Fact]
    public void Reopen_goes_back_to_routed_when_it_was_never_acknowledged()
    {
        var complaint = In(ComplaintStatus.Resolved, acknowledged: false);
        complaint.Reopen("customer", Later, "Charged again.");
        Assert.Equal(ComplaintStatus.Routed, complaint.Status);
        Assert.Equal(Assignee, complaint.AssigneeId);
    }

    [Fact]
    public void Steps_need_an_actor_and_texts()
    {
        var complaint = In(ComplaintStatus.Routed);
        Assert.Throws<DomainException>(() => complaint.Acknowledge(" ", Later));
        Assert.Throws<DomainException>(() => complaint.Resolve("owner", Later, ""));
        Assert.Throws<DomainException>(() => complaint.AddNote("owner", Later, " "));
        Assert.Equal(ComplaintStatus.Routed, complaint.Status);
        Assert.Equal(2, complaint.Version);
    }

    [Fact]
    public void A_step_dated_before_the_previous_one_is_refused()
    {
        var complaint = In(ComplaintStatus.Routed);
        Assert.Throws<DomainException>(() => complaint.Acknowledge("owner", Start));
        Assert.Throws<DomainException>(() => complaint.AddNote("owner", Start, "back in time"));
        Assert.Equal(ComplaintStatus.Routed, complaint.Status);
    }

    [Fact]
    public void A_note_is_history_and_a_new_version_without_a_status_change()
    {
        var complaint = In(ComplaintStatus.Acknowledged);
        complaint.AddNote("owner", Later, "Called the customer.");
        Assert.Equal(ComplaintStatus.Acknowledged, complaint.Status);
        Assert.Equal(4, complaint.Version);
        var entry = complaint.History[^1];
        Assert.Equal((ComplaintHistoryKind.NoteAdded, "owner", "Called the customer."), (entry.Kind, entry.Actor, entry.Text));
        Assert.Null(entry.FromStatus);
    }

    [Fact]
    public void Escalation_moves_an_unacknowledged_complaint_up_with_a_fresh_deadline()
    {
        var deputy = Guid.NewGuid();
        var chief = Guid.NewGuid();
        var complaint = In(ComplaintStatus.Routed);

        complaint.Escalate(new EscalationStep(deputy, 1), Later.AddHours(4), Later, "Not acknowledged in time.");
        Assert.Equal((deputy, 1, Later.AddHours(4)), (complaint.AssigneeId, complaint.EscalationLevel, complaint.AcknowledgeBy));
        Assert.Equal(ComplaintStatus.Routed, complaint.Status);
        var entry = complaint.History[^1];
        Assert.Equal((ComplaintHistoryKind.Escalated, deputy, "Not acknowledged in time."), (entry.Kind, entry.OwnerId, entry.Text));
        Assert.Equal(3, complaint.Version);

        complaint.Escalate(new EscalationStep(chief, 2), Later.AddHours(8), Later.AddHours(4), "Deputy missed it too.");
        Assert.Equal((chief, 2), (complaint.AssigneeId, complaint.EscalationLevel));

        Assert.Throws<DomainException>(() => complaint.Escalate(new EscalationStep(Guid.NewGuid(), 3), Later.AddHours(9), Later.AddHours(5), "beyond"));
    }

    [Fact]
    public void Escalation_is_refused_after_acknowledgement_sideways_backwards_or_to_the_same_owner()
    {
        var acknowledged = In(ComplaintStatus.Acknowledged);
        Assert.Equal(
            "A complaint can be escalated only while Routed (unacknowledged); it is Acknowledged.",
            Assert.Throws<DomainException>(() => acknowledged.Escalate(new EscalationStep(Guid.NewGuid(), 1), Later.AddHours(1), Later, "late")).Message);
        Assert.Throws<DomainException>(() => In(ComplaintStatus.Received).Escalate(new EscalationStep(Guid.NewGuid(), 1), Later.AddHours(1), Later, "late"));

        var routed = In(ComplaintStatus.Routed);
        Assert.Throws<DomainException>(() => routed.Escalate(new EscalationStep(Guid.NewGuid(), 0), Later.AddHours(1), Later, "sideways"));
        Assert.Throws<DomainException>(() => routed.Escalate(new EscalationStep(Assignee, 1), Later.AddHours(1), Later, "same owner"));
        Assert.Throws<DomainException>(() => routed.Escalate(new EscalationStep(Guid.NewGuid(), 1), Later, Later, "deadline not after"));
        Assert.Throws<DomainException>(() => routed.Escalate(new EscalationStep(Guid.NewGuid(), 1), Later.AddHours(1), Later, " "));
        Assert.Equal((Assignee, 0, 2), (routed.AssigneeId, routed.EscalationLevel, routed.Version));
    }

    [Fact]
    public void Route_refuses_a_decision_without_an_owner()
    {
        var complaint = Submitted();
        var decision = Decision(Guid.Empty);
        Assert.Throws<DomainException>(() => complaint.Route(decision, SlaPolicy.Default.Deadlines(Severity.Low, Start), Later));
        Assert.Equal(ComplaintStatus.Received, complaint.Status);
    }
}
