using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Sla;

namespace CustomerCentric.Domain.Complaints;

/// <summary>
/// A disruption a customer reported. It moves through <see cref="ComplaintStatusMachine"/>; every state-changing method
/// checks the move, writes a <see cref="ComplaintHistoryEntry"/> and increments <see cref="Version"/> (the concurrency token).
/// </summary>
public sealed class Complaint
{
    /// <summary>The actor recorded for steps the system takes on its own (routing, escalation).</summary>
    public const string SystemActor = "system";

    private readonly List<ComplaintHistoryEntry> _history = [];

    private Complaint()
    {
        Text = IdempotencyKey = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid TouchpointId { get; private set; }
    public ComplaintCategory Category { get; private set; }
    public Severity Severity { get; private set; }
    public string Text { get; private set; }

    /// <summary>Chosen by the client; a repeated key returns the first complaint instead of a second one.</summary>
    public string IdempotencyKey { get; private set; }

    public ComplaintStatus Status { get; private set; }

    /// <summary>0 = the routed assignee, 1 = the deputy, 2 = the Chief Touchpoint Officer.</summary>
    public int EscalationLevel { get; private set; }

    public Guid? AssigneeId { get; private set; }
    public RoutingDecision? Routing { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset? RoutedAt { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public DateTimeOffset? AcknowledgeBy { get; private set; }
    public DateTimeOffset? ResolveBy { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<ComplaintHistoryEntry> History => _history;

    public static Complaint Submit(
        Guid customerId, Guid touchpointId, ComplaintCategory category, Severity severity,
        string text, string idempotencyKey, DateTimeOffset at)
    {
        var complaint = new Complaint
        {
            Id = Guid.CreateVersion7(at),
            CustomerId = Require.Id(customerId, "Customer"),
            TouchpointId = Require.Id(touchpointId, "Touchpoint"),
            Category = Require.Defined(category, "Category"),
            Severity = Require.Defined(severity, "Severity"),
            Text = Require.Text(text, "Complaint text", 8000),
            IdempotencyKey = Require.Text(idempotencyKey, "Idempotency key", 100),
            Status = ComplaintStatus.Received,
            SubmittedAt = at,
        };
        complaint.Record(ComplaintHistoryKind.Submitted, null, ComplaintStatus.Received, at, SystemActor, null);
        return complaint;
    }

    /// <summary>Assigns the owner the routing engine chose and starts the SLA clock.</summary>
    public void Route(RoutingDecision decision, SlaDeadlines slaDeadlines, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(slaDeadlines);
        Require.Id(decision.OwnerId, "Routing decision owner");
        var from = MoveTo(ComplaintTrigger.Route, at);
        Routing = decision;
        AssigneeId = decision.OwnerId;
        EscalationLevel = 0;
        RoutedAt = at;
        AcknowledgeBy = slaDeadlines.AcknowledgeBy;
        ResolveBy = slaDeadlines.ResolveBy;
        Record(ComplaintHistoryKind.Routed, from, Status, at, SystemActor, DescribeRouting(decision));
    }

    public void Acknowledge(string actor, DateTimeOffset at)
    {
        var who = Require.Text(actor, "Actor");
        var from = MoveTo(ComplaintTrigger.Acknowledge, at);
        AcknowledgedAt = at;
        Record(ComplaintHistoryKind.Acknowledged, from, Status, at, who, null);
    }

    public void Resolve(string actor, DateTimeOffset at, string resolution)
    {
        var who = Require.Text(actor, "Actor");
        var how = Require.Text(resolution, "Resolution", 4000);
        var from = MoveTo(ComplaintTrigger.Resolve, at);
        ResolvedAt = at;
        Record(ComplaintHistoryKind.Resolved, from, Status, at, who, how);
    }

    public void Close(string actor, DateTimeOffset at)
    {
        var who = Require.Text(actor, "Actor");
        var from = MoveTo(ComplaintTrigger.Close, at);
        ClosedAt = at;
        Record(ComplaintHistoryKind.Closed, from, Status, at, who, null);
    }

    /// <summary>Back to work: to Acknowledged if it had been acknowledged, else to Routed. SLA deadlines stay as they were.</summary>
    public void Reopen(string actor, DateTimeOffset at, string reason)
    {
        var who = Require.Text(actor, "Actor");
        var why = Require.Text(reason, "Reopen reason", 4000);
        var from = MoveTo(ComplaintTrigger.Reopen, at);
        ResolvedAt = null;
        ClosedAt = null;
        Record(ComplaintHistoryKind.Reopened, from, Status, at, who, why);
    }

    /// <summary>
    /// Hands an unacknowledged complaint to the next owner of <see cref="EscalationPolicy"/> with a fresh acknowledge deadline.
    /// </summary>
    public void Escalate(EscalationStep to, DateTimeOffset acknowledgeBy, DateTimeOffset at, string reason)
    {
        ArgumentNullException.ThrowIfNull(to);
        var why = Require.Text(reason, "Escalation reason", 4000);
        if (!ComplaintStatusMachine.CanEscalate(Status))
            throw new DomainException($"A complaint can be escalated only while {ComplaintStatus.Routed} (unacknowledged); it is {Status}.");
        if (to.Level <= EscalationLevel || to.Level > EscalationStep.ChiefTouchpointOfficer)
            throw new DomainException($"Escalation from level {EscalationLevel} must go up to a level of at most {EscalationStep.ChiefTouchpointOfficer} (was {to.Level}).");
        Require.Id(to.OwnerId, "Escalation owner");
        if (to.OwnerId == AssigneeId)
            throw new DomainException("Escalation must hand the complaint to someone other than the current assignee.");
        if (acknowledgeBy <= at)
            throw new DomainException($"The new acknowledge deadline {acknowledgeBy:O} must be after the escalation at {at:O}.");
        EnsureNotBeforeLastStep(at);
        AssigneeId = to.OwnerId;
        EscalationLevel = to.Level;
        AcknowledgeBy = acknowledgeBy;
        Record(ComplaintHistoryKind.Escalated, Status, Status, at, SystemActor, why);
    }

    public void AddNote(string actor, DateTimeOffset at, string text)
    {
        var who = Require.Text(actor, "Actor");
        var note = Require.Text(text, "Note", 4000);
        EnsureNotBeforeLastStep(at);
        Record(ComplaintHistoryKind.NoteAdded, null, null, at, who, note);
    }

    private ComplaintStatus MoveTo(ComplaintTrigger trigger, DateTimeOffset at)
    {
        var to = ComplaintStatusMachine.Next(Status, trigger, wasAcknowledged: AcknowledgedAt is not null);
        EnsureNotBeforeLastStep(at);
        var from = Status;
        Status = to;
        return from;
    }

    // History is read in order; a step dated before the previous one would make the timeline lie.
    private void EnsureNotBeforeLastStep(DateTimeOffset at)
    {
        if (_history.Count > 0 && at < _history[^1].At)
            throw new DomainException($"Step at {at:O} is earlier than the complaint's last step at {_history[^1].At:O}.");
    }

    private void Record(ComplaintHistoryKind kind, ComplaintStatus? from, ComplaintStatus? to, DateTimeOffset at, string actor, string? text)
    {
        _history.Add(new ComplaintHistoryEntry(Id, kind, from, to, at, actor, text, AssigneeId));
        Version++;
    }

    private static string DescribeRouting(RoutingDecision decision) => decision.Outcome switch
    {
        RoutingOutcome.MatchedRule => $"Rule '{decision.MatchedRuleName}' of rule set version {decision.RuleSetVersion} matched.",
        RoutingOutcome.TouchpointDefaultOwner => "No rule matched; the touchpoint's default owner takes it.",
        _ => "No rule matched and the touchpoint has no active default owner; the Chief Touchpoint Officer takes it.",
    };
}
