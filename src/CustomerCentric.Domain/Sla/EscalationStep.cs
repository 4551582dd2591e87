namespace CustomerCentric.Domain.Sla;

/// <summary>Where an escalation goes: the owner and the level (1 = deputy, 2 = Chief Touchpoint Officer).</summary>
public sealed record EscalationStep(Guid OwnerId, int Level)
{
    public const int Deputy = 1;
    public const int ChiefTouchpointOfficer = 2;
}
