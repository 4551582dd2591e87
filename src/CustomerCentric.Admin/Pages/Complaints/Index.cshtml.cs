using CustomerCentric.Admin.Catalog;
using CustomerCentric.Data;
using CustomerCentric.Domain.Complaints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Pages.Complaints;

public sealed class IndexModel(CustomerCentricDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public ComplaintStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Severity? Severity { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TouchpointId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? AssigneeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<Complaint> Complaints { get; private set; } = [];
    public AdminCatalog Catalog { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
        var query = db.Complaints.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (Severity is { } severity)
        {
            query = query.Where(c => c.Severity == severity);
        }

        if (TouchpointId is { } touchpoint)
        {
            query = query.Where(c => c.TouchpointId == touchpoint);
        }

        if (AssigneeId is { } assignee)
        {
            query = query.Where(c => c.AssigneeId == assignee);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = "%" + Q.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(c => EF.Functions.ILike(c.Text, pattern));
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Complaints = await query.OrderByDescending(c => c.SubmittedAt)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The current filters with another page number, for the pager links.</summary>
    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["Status"] = Status?.ToString(), ["Severity"] = Severity?.ToString(), ["TouchpointId"] = TouchpointId?.ToString(),
        ["AssigneeId"] = AssigneeId?.ToString(), ["Q"] = Q, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
