using CustomerCentric.Admin.Catalog;
using CustomerCentric.Data;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Admin.Pages.Touchpoints;

public sealed class IndexModel(CustomerCentricDbContext db) : CatalogListModel<Touchpoint>(db)
{
    protected override IEnumerable<Touchpoint> All(AdminCatalog catalog) => catalog.Touchpoints;

    protected override bool Matches(Touchpoint touchpoint, string query) =>
        touchpoint.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
        || touchpoint.Channel.ToString().Contains(query, StringComparison.OrdinalIgnoreCase)
        || (touchpoint.Description?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)
        || Catalog.OwnerName(touchpoint.DefaultOwnerId).Contains(query, StringComparison.OrdinalIgnoreCase);
}
