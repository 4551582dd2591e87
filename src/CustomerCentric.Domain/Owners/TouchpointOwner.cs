namespace CustomerCentric.Domain.Owners;

/// <summary>A person who answers for how customers experience one or more touchpoints.</summary>
public sealed class TouchpointOwner : IActivatable
{
    private TouchpointOwner()
    {
        Name = Email = Team = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string Email { get; private set; }
    public string Team { get; private set; }

    /// <summary>Who takes over when this owner misses an SLA deadline; never the owner itself.</summary>
    public Guid? DeputyId { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>The last escalation level. Only one active owner may hold it (the data layer enforces it with a unique index).</summary>
    public bool IsChiefTouchpointOfficer { get; private set; }

    public static TouchpointOwner Create(string name, string email, string team)
    {
        var owner = new TouchpointOwner { Id = Guid.CreateVersion7(), IsActive = true };
        owner.Update(name, email, team);
        return owner;
    }

    public void Update(string name, string email, string team)
    {
        Name = Require.Text(name, "Owner name");
        Email = Require.Email(email, "Owner e-mail");
        Team = Require.Text(team, "Team");
    }

    /// <summary>Sets or clears (null) the deputy.</summary>
    public void AssignDeputy(Guid? deputyId)
    {
        if (deputyId == Id)
            throw new DomainException($"Owner '{Name}' cannot be their own deputy.");
        DeputyId = deputyId is { } id ? Require.Id(id, "Deputy") : null;
    }

    /// <summary>Makes this owner the Chief Touchpoint Officer; the caller revokes the previous one in the same unit of work.</summary>
    public void AppointChiefTouchpointOfficer()
    {
        if (!IsActive)
            throw new DomainException($"Owner '{Name}' is inactive and cannot be appointed Chief Touchpoint Officer.");
        if (IsChiefTouchpointOfficer)
            throw new DomainException($"Owner '{Name}' already is the Chief Touchpoint Officer.");
        IsChiefTouchpointOfficer = true;
    }

    public void RevokeChiefTouchpointOfficer()
    {
        if (!IsChiefTouchpointOfficer)
            throw new DomainException($"Owner '{Name}' is not the Chief Touchpoint Officer.");
        IsChiefTouchpointOfficer = false;
    }

    /// <summary>The Chief Touchpoint Officer cannot leave: complaints must always have a last owner. Appoint a successor first.</summary>
    public void Deactivate()
    {
        if (!IsActive)
            throw new DomainException($"Owner '{Name}' is already inactive.");
        if (IsChiefTouchpointOfficer)
            throw new DomainException($"Owner '{Name}' is the Chief Touchpoint Officer; appoint a successor before deactivating.");
        IsActive = false;
    }

    public void Activate()
    {
        if (IsActive)
            throw new DomainException($"Owner '{Name}' is already active.");
        IsActive = true;
    }
}
