using CustomerCentric.Admin.Catalog;
using CustomerCentric.Data;
using CustomerCentric.Domain.Owners;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages.Owners;

public sealed class IndexModel(CustomerCentricDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool ShowInactive { get; set; }

    public AdminCatalog Catalog { get; private set; } = null!;

    public IReadOnlyList<TouchpointOwner> Owners { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
        var query = Q?.Trim();
        Owners = Catalog.Owners
            .Where(o => ShowInactive || o.IsActive)
            .Where(o => string.IsNullOrEmpty(query)
                || o.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
                || o.Email.Contains(query, StringComparison.OrdinalIgnoreCase)
                || o.Team.Contains(query, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(o => o.IsChiefTouchpointOfficer)
            .ThenBy(o => o.Name)
            .ToList();
    }

    public int TouchpointCount(Guid ownerId) => Catalog.Touchpoints.Count(t => t.DefaultOwnerId == ownerId && t.IsActive);
}
