using CustomerCentric.Data;
using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Touchpoints;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Catalog;

/// <summary>
/// Every owner and touchpoint, read once per request: names for ids in lists and explanations, and the choices in forms.
/// A company has tens of them, not thousands, so loading all is cheaper than a query per name.
/// </summary>
public sealed class AdminCatalog
{
    private AdminCatalog(IReadOnlyList<TouchpointOwner> owners, IReadOnlyList<Touchpoint> touchpoints)
    {
        Owners = owners;
        Touchpoints = touchpoints;
        OwnersById = owners.ToDictionary(o => o.Id);
        TouchpointsById = touchpoints.ToDictionary(t => t.Id);
    }

    public IReadOnlyList<TouchpointOwner> Owners { get; }
    public IReadOnlyList<Touchpoint> Touchpoints { get; }
    public IReadOnlyDictionary<Guid, TouchpointOwner> OwnersById { get; }
    public IReadOnlyDictionary<Guid, Touchpoint> TouchpointsById { get; }

    public TouchpointOwner? Chief => Owners.FirstOrDefault(o => o.IsChiefTouchpointOfficer && o.IsActive);

    public static async Task<AdminCatalog> LoadAsync(CustomerCentricDbContext db, CancellationToken cancellationToken)
    {
        var owners = await db.TouchpointOwners.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var touchpoints = await db.Touchpoints.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return new AdminCatalog(owners, touchpoints);
    }

    public string OwnerName(Guid? id) => id is { } key
        ? OwnersById.TryGetValue(key, out var owner) ? owner.IsActive ? owner.Name : $"{owner.Name} (inactive)" : $"unknown owner {key}"
        : "—";

    public string TouchpointName(Guid? id) => id is { } key
        ? TouchpointsById.TryGetValue(key, out var touchpoint) ? touchpoint.Name : $"unknown touchpoint {key}"
        : "—";

    /// <summary>Active owners to choose from, plus <paramref name="keep"/> (the current choice) even when it is inactive.</summary>
    public IEnumerable<SelectListItem> OwnerChoices(Guid? keep = null, Guid? except = null) =>
        Owners.Where(o => (o.IsActive || o.Id == keep) && o.Id != except)
            .Select(o => new SelectListItem(o.IsActive ? $"{o.Name} ({o.Team})" : $"{o.Name} (inactive)", o.Id.ToString(), o.Id == keep));

    public IEnumerable<SelectListItem> TouchpointChoices(IEnumerable<Guid>? selected = null)
    {
        var chosen = selected?.ToHashSet() ?? [];
        return Touchpoints.Where(t => t.IsActive || chosen.Contains(t.Id))
            .Select(t => new SelectListItem(t.IsActive ? t.Name : $"{t.Name} (inactive)", t.Id.ToString(), chosen.Contains(t.Id)));
    }
}
