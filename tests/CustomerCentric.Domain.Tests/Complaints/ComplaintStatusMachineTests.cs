using CustomerCentric.Domain.Complaints;

namespace CustomerCentric.Domain.Tests.Complaints;

/// <summary>Every (from, trigger) and every (from, to) pair: the allowed ones are exactly the documented table.</summary>
public sealed class ComplaintStatusMachineTests
{
    internal static readonly HashSet<(ComplaintStatus From, ComplaintTrigger Trigger, ComplaintStatus To)> Documented =
    [
        (ComplaintStatus.Received, ComplaintTrigger.Route, ComplaintStatus.Routed),
        (ComplaintStatus.Routed, ComplaintTrigger.Acknowledge, ComplaintStatus.Acknowledged),
        (ComplaintStatus.Routed, ComplaintTrigger.Resolve, ComplaintStatus.Resolved),
        (ComplaintStatus.Acknowledged, ComplaintTrigger.Resolve, ComplaintStatus.Resolved),
        (ComplaintStatus.Resolved, ComplaintTrigger.Close, ComplaintStatus.Closed),
        (ComplaintStatus.Resolved, ComplaintTrigger.Reopen, ComplaintStatus.Acknowledged),
        (ComplaintStatus.Resolved, ComplaintTrigger.Reopen, ComplaintStatus.Routed),
        (ComplaintStatus.Closed, ComplaintTrigger.Reopen, ComplaintStatus.Acknowledged),
        (ComplaintStatus.Closed, ComplaintTrigger.Reopen, ComplaintStatus.Routed),
    ];

    internal static ComplaintStatus Intended(ComplaintTrigger trigger, bool wasAcknowledged) => trigger switch
    {
        ComplaintTrigger.Route => ComplaintStatus.Routed,
        ComplaintTrigger.Acknowledge => ComplaintStatus.Acknowledged,
        ComplaintTrigger.Resolve => ComplaintStatus.Resolved,
        ComplaintTrigger.Close => ComplaintStatus.Closed,
        _ => wasAcknowledged ? ComplaintStatus.Acknowledged : ComplaintStatus.Routed,
    };

    public static TheoryData<ComplaintStatus, ComplaintStatus> AllStatusPairs()
    {
        var data = new TheoryData<ComplaintStatus, ComplaintStatus>();
        foreach (var from in Enum.GetValues<ComplaintStatus>())
        {
            foreach (var to in Enum.GetValues<ComplaintStatus>())
                data.Add(from, to);
        }
        return data;
    }

    public static TheoryData<ComplaintStatus, ComplaintTrigger, bool> AllTriggers()
    {
        var data = new TheoryData<ComplaintStatus, ComplaintTrigger, bool>();
        foreach (var from in Enum.GetValues<ComplaintStatus>())
        {
            foreach (var trigger in Enum.GetValues<ComplaintTrigger>())
            {
                data.Add(from, trigger, true);
                data.Add(from, trigger, false);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllStatusPairs))]
    public void Status_pairs_connected_are_exactly_the_documented_ones(ComplaintStatus from, ComplaintStatus to) =>
        Assert.Equal(Documented.Any(row => row.From == from && row.To == to), ComplaintStatusMachine.CanTransition(from, to));

    [Theory]
    [MemberData(nameof(AllTriggers))]
    public void Every_trigger_from_every_status_follows_the_table(ComplaintStatus from, ComplaintTrigger trigger, bool wasAcknowledged)
    {
        var to = Intended(trigger, wasAcknowledged);
        if (Documented.Contains((from, trigger, to)))
        {
            Assert.Equal(to, ComplaintStatusMachine.Next(from, trigger, wasAcknowledged));
        }
        else
        {
            var error = Assert.Throws<InvalidStatusTransitionException>(() => ComplaintStatusMachine.Next(from, trigger, wasAcknowledged));
            Assert.Equal((from, to), (error.From, error.To));
            Assert.Equal($"A complaint cannot go from {from} to {to}.", error.Message);
        }
    }

    [Fact]
    public void Reopen_is_refused_from_a_status_that_a_route_could_leave()
    {
        // Received -> Routed exists for Route; Reopen must not borrow it.
        Assert.Throws<InvalidStatusTransitionException>(() => ComplaintStatusMachine.Next(ComplaintStatus.Received, ComplaintTrigger.Reopen, false));
    }

    [Fact]
    public void Unknown_trigger_is_an_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplaintStatusMachine.Next(ComplaintStatus.Routed, (ComplaintTrigger)40, false));

    [Theory]
    [InlineData(ComplaintStatus.Received, false)]
    [InlineData(ComplaintStatus.Routed, true)]
    [InlineData(ComplaintStatus.Acknowledged, false)]
    [InlineData(ComplaintStatus.Resolved, false)]
    [InlineData(ComplaintStatus.Closed, false)]
    public void Only_unacknowledged_complaints_can_be_escalated(ComplaintStatus status, bool allowed) =>
        Assert.Equal(allowed, ComplaintStatusMachine.CanEscalate(status));
}
