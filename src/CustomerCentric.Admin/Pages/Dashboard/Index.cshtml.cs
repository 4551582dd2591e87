using CustomerCentric.Admin.Catalog;
using CustomerCentric.Admin.Dashboard;
using CustomerCentric.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages.Dashboard;

public sealed class IndexModel(CustomerCentricDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = 30;

    public DashboardReport Report { get; private set; } = null!;
    public AdminCatalog Catalog { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Days = Math.Clamp(Days, 1, 365);
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
        Report = await DashboardReport.BuildAsync(db, Catalog, Days, time.GetUtcNow(), cancellationToken);
    }
}
