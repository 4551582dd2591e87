using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Domain.Tests.Touchpoints;

public sealed class TouchpointTests
{
    [Fact]
    public void Create_update_and_default_owner()
    {
        var owner = Guid.NewGuid();
        var touchpoint = Touchpoint.Create("Web shop", null, Channel.Web, JourneyPhase.Purchase, owner);
        Assert.Equal(("Web shop", null, Channel.Web, JourneyPhase.Purchase, owner, true),
            (touchpoint.Name, touchpoint.Description, touchpoint.Channel, touchpoint.JourneyPhase, touchpoint.DefaultOwnerId, touchpoint.IsActive));

        touchpoint.Update("Hotline", "First level", Channel.Hotline, JourneyPhase.AfterSales);
        touchpoint.Rename("Service hotline");
        touchpoint.AssignDefaultOwner(null);
        Assert.Equal(("Service hotline", "First level", Channel.Hotline, null), (touchpoint.Name, touchpoint.Description, touchpoint.Channel, touchpoint.DefaultOwnerId));
    }

    [Fact]
    public void Bad_input_and_repeated_activation_changes_are_errors()
    {
        Assert.Throws<DomainException>(() => Touchpoint.Create(" ", null, Channel.Web, JourneyPhase.Purchase));
        Assert.Throws<DomainException>(() => Touchpoint.Create("Shop", null, (Channel)77, JourneyPhase.Purchase));
        Assert.Throws<DomainException>(() => Touchpoint.Create("Shop", null, Channel.Web, (JourneyPhase)77));
        Assert.Throws<DomainException>(() => Touchpoint.Create("Shop", null, Channel.Web, JourneyPhase.Purchase, Guid.Empty));

        var touchpoint = Touchpoint.Create("Shop", null, Channel.Web, JourneyPhase.Purchase);
        Assert.Throws<DomainException>(touchpoint.Activate);
        touchpoint.Deactivate();
        Assert.False(touchpoint.IsActive);
        Assert.Throws<DomainException>(touchpoint.Deactivate);
    }
}
