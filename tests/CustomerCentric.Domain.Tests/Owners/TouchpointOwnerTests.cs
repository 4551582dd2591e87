using CustomerCentric.Domain.Owners;

namespace CustomerCentric.Domain.Tests.Owners;

public sealed class TouchpointOwnerTests
{
    public static TouchpointOwner Owner(string name) => TouchpointOwner.Create(name, $"{name.ToLowerInvariant()}@example.com", "Service");

    public static TouchpointOwner Chief()
    {
        var chief = Owner("Chief");
        chief.AppointChiefTouchpointOfficer();
        return chief;
    }

    [Fact]
    public void Create_makes_an_active_owner_and_validates()
    {
        var owner = TouchpointOwner.Create(" Dana ", "dana@example.com", "Billing");
        Assert.Equal(("Dana", "dana@example.com", "Billing", true, false), (owner.Name, owner.Email, owner.Team, owner.IsActive, owner.IsChiefTouchpointOfficer));
        Assert.NotEqual(Guid.Empty, owner.Id);
        Assert.Throws<DomainException>(() => TouchpointOwner.Create("", "dana@example.com", "Billing"));
        Assert.Throws<DomainException>(() => TouchpointOwner.Create("Dana", "dana.example.com", "Billing"));
        Assert.Throws<DomainException>(() => TouchpointOwner.Create("Dana", "dana@example.com", " "));
    }

    [Fact]
    public void An_owner_cannot_be_their_own_deputy()
    {
        var owner = Owner("Dana");
        var error = Assert.Throws<DomainException>(() => owner.AssignDeputy(owner.Id));
        Assert.Equal("Owner 'Dana' cannot be their own deputy.", error.Message);
        Assert.Null(owner.DeputyId);
    }

    [Fact]
    public void Deputy_can_be_set_and_cleared_but_not_the_empty_id()
    {
        var owner = Owner("Dana");
        var deputy = Owner("Eli");
        owner.AssignDeputy(deputy.Id);
        Assert.Equal(deputy.Id, owner.DeputyId);
        owner.AssignDeputy(null);
        Assert.Null(owner.DeputyId);
        Assert.Throws<DomainException>(() => owner.AssignDeputy(Guid.Empty));
    }

    [Fact]
    public void Chief_touchpoint_officer_must_be_active_and_cannot_be_deactivated()
    {
        var chief = Chief();
        Assert.True(chief.IsChiefTouchpointOfficer);
        Assert.Throws<DomainException>(chief.AppointChiefTouchpointOfficer);
        Assert.Throws<DomainException>(chief.Deactivate);
        Assert.True(chief.IsActive);

        chief.RevokeChiefTouchpointOfficer();
        chief.Deactivate();
        Assert.False(chief.IsActive);
        Assert.Throws<DomainException>(chief.AppointChiefTouchpointOfficer);
        Assert.Throws<DomainException>(chief.RevokeChiefTouchpointOfficer);
    }

    [Fact]
    public void Activation_changes_are_never_silent_no_ops()
    {
        var owner = Owner("Dana");
        Assert.Throws<DomainException>(owner.Activate);
        owner.Deactivate();
        Assert.Throws<DomainException>(owner.Deactivate);
        owner.Activate();
        Assert.True(owner.IsActive);
    }
}
