using CustomerCentric.Domain.Owners;

namespace CustomerCentric.Domain.Routing;

/// <summary>
/// Who takes a complaint no rule matched: the touchpoint's default owner if there is an active one, else the Chief
/// Touchpoint Officer, so that no complaint is ever unowned.
/// </summary>
public readonly record struct RoutingFallbacks(Guid? ActiveDefaultOwnerId, Guid ChiefTouchpointOfficerId)
{
    /// <param name="defaultOwner">The touchpoint's default owner, or null when it has none; an inactive one is skipped.</param>
    /// <param name="chief">The Chief Touchpoint Officer.</param>
    public static RoutingFallbacks From(TouchpointOwner? defaultOwner, TouchpointOwner chief)
    {
        ArgumentNullException.ThrowIfNull(chief);
        if (!chief.IsChiefTouchpointOfficer || !chief.IsActive)
            throw new DomainException($"Owner '{chief.Name}' is not the active Chief Touchpoint Officer.");
        return new RoutingFallbacks(defaultOwner is { IsActive: true } ? defaultOwner.Id : null, chief.Id);
    }
}
