using CustomerCentric.Admin.Catalog;
using CustomerCentric.Data;
using CustomerCentric.Domain.Touchpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages.Touchpoints;

public sealed class IndexModel(CustomerCentricDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool ShowInactive { get; set; }

    public AdminCatalog Catalog { get; private set; } = null!;

    public IReadOnlyList<Touchpoint> Touchpoints { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
        var query = Q?.Trim();
        Touchpoints = Catalog.Touchpoints
            .Where(t => ShowInactive || t.IsActive)
            .Where(t => string.IsNullOrEmpty(query)
                || t.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
                || t.Channel.ToString().Contains(query, StringComparison.OrdinalIgnoreCase)
                || (t.Description?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)
                || Catalog.OwnerName(t.DefaultOwnerId).Contains(query, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }
}
