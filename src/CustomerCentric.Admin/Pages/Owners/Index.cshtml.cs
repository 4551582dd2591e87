using CustomerCentric.Admin.Catalog;
using CustomerCentric.Data;
using CustomerCentric.Domain.Owners;

namespace CustomerCentric.Admin.Pages.Owners;

public sealed class IndexModel(CustomerCentricDbContext db) : CatalogListModel<TouchpointOwner>(db)
{
    public int TouchpointCount(Guid ownerId) => Catalog.Touchpoints.Count(t => t.DefaultOwnerId == ownerId && t.IsActive);

    protected override IEnumerable<TouchpointOwner> All(AdminCatalog catalog) => catalog.Owners;

    protected override bool Matches(TouchpointOwner owner, string query) =>
        owner.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
        || owner.Email.Contains(query, StringComparison.OrdinalIgnoreCase)
        || owner.Team.Contains(query, StringComparison.OrdinalIgnoreCase);

    // The Chief Touchpoint Officer first: the one owner every unrouted complaint reaches.
    protected override IEnumerable<TouchpointOwner> Order(IEnumerable<TouchpointOwner> owners) =>
        owners.OrderByDescending(o => o.IsChiefTouchpointOfficer).ThenBy(o => o.Name);
}
