using CustomerCentric.Data;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Admin.Tests.Hosting;

/// <summary>A chief, two owners and two touchpoints (hotline owned by Hugo, web shop by Wanda), saved in the admin's database.</summary>
public sealed record SmallCompany(TouchpointOwner Chief, TouchpointOwner Hugo, TouchpointOwner Wanda, Touchpoint Hotline, Touchpoint WebShop)
{
    public static async Task<SmallCompany> CreateAsync(AdminApp app, string tag)
    {
        return await app.WithDbAsync(async db =>
        {
            var chief = TouchpointOwner.Create($"Cleo Chief {tag}", $"cleo.{tag}@shop.test", "Board");
            var hugo = TouchpointOwner.Create($"Hugo Hotline {tag}", $"hugo.{tag}@shop.test", "Service");
            var wanda = TouchpointOwner.Create($"Wanda Web {tag}", $"wanda.{tag}@shop.test", "E-commerce");
            db.TouchpointOwners.AddRange(hugo, wanda);
            await AppointChiefAsync(db, chief);
            var hotline = Touchpoint.Create($"Hotline {tag}", null, Channel.Hotline, JourneyPhase.AfterSales, hugo.Id);
            var webShop = Touchpoint.Create($"Web shop {tag}", null, Channel.Web, JourneyPhase.Purchase, wanda.Id);
            db.Touchpoints.AddRange(hotline, webShop);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return new SmallCompany(chief, hugo, wanda, hotline, webShop);
        });
    }

    private static async Task AppointChiefAsync(CustomerCentricDbContext db, TouchpointOwner chief)
    {
        // Only one active chief per database: a test class that builds a second company keeps the first chief.
        var existing = db.TouchpointOwners.Local.FirstOrDefault(o => o.IsChiefTouchpointOfficer)
            ?? db.TouchpointOwners.FirstOrDefault(o => o.IsChiefTouchpointOfficer && o.IsActive);
        if (existing is null)
        {
            chief.AppointChiefTouchpointOfficer();
        }

        db.TouchpointOwners.Add(chief);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
