using CustomerCentric.Data;
using CustomerCentric.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Catalog;

/// <summary>What the touchpoint and owner lists share: search, "show inactive", and paging over the catalog.</summary>
public abstract class CatalogListModel<T>(CustomerCentricDbContext db) : PageModel
    where T : IActivatable
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool ShowInactive { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public AdminCatalog Catalog { get; private set; } = null!;

    /// <summary>The page's share of the matches.</summary>
    public IReadOnlyList<T> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
        var query = Q?.Trim();
        var matches = Order(All(Catalog)
                .Where(item => ShowInactive || item.IsActive)
                .Where(item => string.IsNullOrEmpty(query) || Matches(item, query)))
            .ToList();
        Total = matches.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Items = matches.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    /// <summary>The query string for another page of the same search.</summary>
    public Dictionary<string, string> RouteFor(int page) => new()
    {
        ["q"] = Q ?? string.Empty,
        ["showInactive"] = ShowInactive ? "true" : "false",
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    protected abstract IEnumerable<T> All(AdminCatalog catalog);

    protected abstract bool Matches(T item, string query);

    protected virtual IEnumerable<T> Order(IEnumerable<T> items) => items;
}
