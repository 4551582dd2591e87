using CustomerCentric.Domain.Customers;

namespace CustomerCentric.Domain.Touchpoints;

/// <summary>A place where customers meet the company: the web shop, the hotline, the invoice...</summary>
public sealed class Touchpoint : IActivatable
{
    private Touchpoint()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string? Description { get; private set; }
    public Channel Channel { get; private set; }
    public JourneyPhase JourneyPhase { get; private set; }

    /// <summary>Who gets a complaint when no routing rule matches (if active).</summary>
    public Guid? DefaultOwnerId { get; private set; }

    public bool IsActive { get; private set; }

    public static Touchpoint Create(string name, string? description, Channel channel, JourneyPhase journeyPhase, Guid? defaultOwnerId = null)
    {
        var touchpoint = new Touchpoint { Id = Guid.CreateVersion7(), IsActive = true };
        touchpoint.Update(name, description, channel, journeyPhase);
        touchpoint.AssignDefaultOwner(defaultOwnerId);
        return touchpoint;
    }

    public void Update(string name, string? description, Channel channel, JourneyPhase journeyPhase)
    {
        Name = Require.Text(name, "Touchpoint name");
        Description = Require.OptionalText(description, "Touchpoint description");
        Channel = Require.Defined(channel, "Channel");
        JourneyPhase = Require.Defined(journeyPhase, "Journey phase");
    }

    public void Rename(string name) => Name = Require.Text(name, "Touchpoint name");

    /// <summary>Sets or clears (null) the default owner.</summary>
    public void AssignDefaultOwner(Guid? ownerId) =>
        DefaultOwnerId = ownerId is { } id ? Require.Id(id, "Default owner") : null;

    public void Deactivate()
    {
        if (!IsActive)
            throw new DomainException($"Touchpoint '{Name}' is already inactive.");
        IsActive = false;
    }

    public void Activate()
    {
        if (IsActive)
            throw new DomainException($"Touchpoint '{Name}' is already active.");
        IsActive = true;
    }
}
