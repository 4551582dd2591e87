using CustomerCentric.Admin.Audit;
using CustomerCentric.Data;
using CustomerCentric.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Catalog;

/// <summary>
/// What the touchpoint and owner edit pages share: the entity by id (none = create), the catalog for the form's choices,
/// and activate/deactivate (never delete: complaints point to it), audited in the same save.
/// </summary>
public abstract class CatalogEditModel<T>(CustomerCentricDbContext db, AuditTrail audit) : PageModel
    where T : class, IActivatable
{
    protected CustomerCentricDbContext Db { get; } = db;

    protected AuditTrail Audit { get; } = audit;

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    public T? Existing { get; private set; }

    public AdminCatalog Catalog { get; private set; } = null!;

    /// <summary>"Touchpoint" or "Owner", for messages.</summary>
    protected abstract string Noun { get; }

    public async Task<IActionResult> OnPostActiveAsync(bool active, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Existing is not { } entity)
        {
            return NotFound();
        }

        var before = AuditTrail.Snapshot(entity);
        try
        {
            if (active)
            {
                entity.Activate();
            }
            else
            {
                entity.Deactivate();
            }
        }
        catch (DomainException e)
        {
            TempData["Message"] = e.Message;
            return RedirectToPage(new { id = entity.Id });
        }

        Audit.Record(typeof(T).Name, entity.Id, active ? "Activated" : "Deactivated", before, AuditTrail.Snapshot(entity));
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"{Noun} '{entity.Name}' is now {(active ? "active" : "inactive")}.";
        return RedirectToPage("Index");
    }

    /// <returns>False when an id was given and nothing has it.</returns>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Catalog = await AdminCatalog.LoadAsync(Db, cancellationToken);
        if (Id is { } id)
        {
            Existing = await Db.Set<T>().FindAsync([id], cancellationToken);
            return Existing is not null;
        }

        return true;
    }
}
