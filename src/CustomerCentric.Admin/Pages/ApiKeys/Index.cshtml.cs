using System.ComponentModel.DataAnnotations;
using CustomerCentric.Admin.Audit;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Data;
using CustomerCentric.Data.ApiKeys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Pages.ApiKeys;

/// <summary>
/// API keys for GraphQL clients: issue (the key is shown in this one response and stored only as a hash), list, revoke.
/// </summary>
public sealed class IndexModel(CustomerCentricDbContext db, AuditTrail audit, TimeProvider time) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Name the client that will use the key.")]
    [StringLength(ApiKey.MaxNameLength, ErrorMessage = "The name is at most 200 characters.")]
    [Display(Name = "Client name")]
    public string? Name { get; set; }

    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    /// <summary>The key just issued; only ever set in the response to the request that issued it.</summary>
    public IssuedApiKey? Issued { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            Issued = ApiKey.Issue(Name!, User.ActorName(), time.GetUtcNow());
            db.ApiKeys.Add(Issued.Key);
            audit.Record(nameof(ApiKey), Issued.Key.Id, "Issued", null, AuditTrail.Snapshot(Describe(Issued.Key)));
            await db.SaveChangesAsync(cancellationToken);
            Name = null;
            ModelState.Clear();
        }

        // No redirect: the secret must reach the browser exactly once, in this response.
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return NotFound();
        }

        if (!key.IsActive)
        {
            TempData["Message"] = $"Key {key.Prefix}… was already revoked.";
            return RedirectToPage();
        }

        var before = AuditTrail.Snapshot(Describe(key));
        key.Revoke(User.ActorName(), time.GetUtcNow());
        audit.Record(nameof(ApiKey), key.Id, "Revoked", before, AuditTrail.Snapshot(Describe(key)));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Key {key.Prefix}… for {key.Name} is revoked; clients using it are refused from now on.";
        return RedirectToPage();
    }

    // The audit log records the key without its hash: the hash is as good as a password for offline guessing.
    private static object Describe(ApiKey key) => new { key.Name, key.Prefix, key.CreatedAt, key.CreatedBy, key.RevokedAt, key.RevokedBy };

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.RevokedAt != null).ThenByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
}
