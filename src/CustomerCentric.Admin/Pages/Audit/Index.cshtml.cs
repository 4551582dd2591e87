using System.Text.Json;
using CustomerCentric.Data;
using CustomerCentric.Data.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Pages.Audit;

/// <summary>Who changed what and when, newest first, with the entity before and after.</summary>
public sealed class IndexModel(CustomerCentricDbContext db) : PageModel
{
    public const int PageSize = 50;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public bool HasMore { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        EntityTypes = await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            query = query.Where(e => e.EntityType == EntityType);
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            query = query.Where(e => e.Actor == Actor.Trim());
        }

        PageNumber = Math.Max(1, PageNumber);
        var page = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = page.Count > PageSize;
        Entries = page.Take(PageSize).ToList();
    }

    public static string Pretty(string? json) =>
        json is null ? "—" : JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, Indented);
}
