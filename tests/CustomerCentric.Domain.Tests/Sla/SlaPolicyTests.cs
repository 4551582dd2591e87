using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Sla;

namespace CustomerCentric.Domain.Tests.Sla;

public sealed class SlaPolicyTests
{
    private static readonly DateTimeOffset From = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Severity.Critical, 1, 8)]
    [InlineData(Severity.High, 4, 24)]
    [InlineData(Severity.Medium, 8, 72)]
    [InlineData(Severity.Low, 24, 168)]
    public void Default_deadlines_per_severity(Severity severity, int acknowledgeHours, int resolveHours) =>
        Assert.Equal(new SlaDeadlines(From.AddHours(acknowledgeHours), From.AddHours(resolveHours)), SlaPolicy.Default.Deadlines(severity, From));

    [Fact]
    public void After_escalation_the_acknowledge_window_starts_again() =>
        Assert.Equal(From.AddHours(5), SlaPolicy.Default.AcknowledgeByAfterEscalation(Severity.High, From.AddHours(1)));

    [Fact]
    public void Unknown_severity_is_an_error() =>
        Assert.Throws<DomainException>(() => SlaPolicy.Default.Deadlines((Severity)8, From));

    [Fact]
    public void A_custom_policy_must_be_positive_consistent_and_monotonic()
    {
        var hour = TimeSpan.FromHours(1);
        SlaTarget Target(double ack, double resolve) => new(hour * ack, hour * resolve);

        var custom = new SlaPolicy(Target(48, 240), Target(8, 72), Target(2, 12), Target(0.5, 4));
        Assert.Equal(new SlaDeadlines(From.AddMinutes(30), From.AddHours(4)), custom.Deadlines(Severity.Critical, From));

        Assert.Throws<DomainException>(() => new SlaPolicy(Target(24, 168), Target(8, 72), Target(4, 24), Target(0, 8)));
        Assert.Throws<DomainException>(() => new SlaPolicy(Target(24, 168), Target(8, 72), Target(4, 2), Target(1, 8)));
        Assert.Throws<DomainException>(() => new SlaPolicy(Target(24, 168), Target(8, 72), Target(4, 24), Target(5, 8)));
    }
}
