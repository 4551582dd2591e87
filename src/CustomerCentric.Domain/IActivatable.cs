namespace CustomerCentric.Domain;

/// <summary>
/// Something complaints point to, so it is never deleted, only deactivated (and activated again): touchpoints and owners.
/// </summary>
public interface IActivatable
{
    Guid Id { get; }
    string Name { get; }
    bool IsActive { get; }

    /// <exception cref="DomainException">It is already active.</exception>
    void Activate();

    /// <exception cref="DomainException">It is already inactive, or may not leave (the Chief Touchpoint Officer).</exception>
    void Deactivate();
}
