using CustomerCentric.Domain.Owners;

namespace CustomerCentric.Domain.Sla;

/// <summary>
/// Who gets a complaint after a missed deadline: the assignee's active deputy, then the Chief Touchpoint Officer,
/// then nobody further (the Chief Touchpoint Officer is the last level).
/// </summary>
public static class EscalationPolicy
{
    /// <param name="currentLevel">The complaint's escalation level: 0 routed assignee, 1 deputy, 2 Chief Touchpoint Officer.</param>
    /// <param name="assignee">The current assignee (null when it no longer exists).</param>
    /// <param name="deputy">The assignee's deputy as loaded by the caller (null when none); it must be the one the assignee names.</param>
    /// <param name="chief">The Chief Touchpoint Officer (null only when none is appointed).</param>
    /// <returns>The next step, or null when the complaint cannot be escalated further.</returns>
    public static EscalationStep? Next(int currentLevel, TouchpointOwner? assignee, TouchpointOwner? deputy, TouchpointOwner? chief)
    {
        if (currentLevel is < 0 or > EscalationStep.ChiefTouchpointOfficer)
            throw new DomainException($"Escalation level {currentLevel} is out of range 0..{EscalationStep.ChiefTouchpointOfficer}.");
        if (deputy is not null && deputy.Id != assignee?.DeputyId)
            throw new DomainException($"Owner '{deputy.Name}' is not the deputy of the assignee.");
        if (chief is not null && !chief.IsChiefTouchpointOfficer)
            throw new DomainException($"Owner '{chief.Name}' is not the Chief Touchpoint Officer.");

        // A deputy only helps below the Chief Touchpoint Officer's level and when it is someone else who is still there.
        if (currentLevel == 0 && deputy is { IsActive: true } && !deputy.IsChiefTouchpointOfficer && deputy.Id != assignee?.Id)
            return new EscalationStep(deputy.Id, EscalationStep.Deputy);

        if (currentLevel < EscalationStep.ChiefTouchpointOfficer && chief is { IsActive: true } && chief.Id != assignee?.Id)
            return new EscalationStep(chief.Id, EscalationStep.ChiefTouchpointOfficer);

        return null;
    }
}
