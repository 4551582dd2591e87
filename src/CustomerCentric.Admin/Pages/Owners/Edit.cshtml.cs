using System.ComponentModel.DataAnnotations;
using CustomerCentric.Admin.Audit;
using CustomerCentric.Admin.Catalog;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Data;
using CustomerCentric.Domain;
using CustomerCentric.Domain.Owners;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Pages.Owners;

/// <summary>Creates or edits an owner, sets the deputy, deactivates (never deletes), appoints the Chief Touchpoint Officer.</summary>
[Authorize(Roles = AdminRoles.Admin)]
public sealed class EditModel(CustomerCentricDbContext db, AuditTrail audit) : CatalogEditModel<TouchpointOwner>(db, audit)
{
    [BindProperty]
    public OwnerInput Input { get; set; } = new();

    protected override string Noun => "Owner";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } owner)
        {
            Input = new OwnerInput { Name = owner.Name, Email = owner.Email, Team = owner.Team, DeputyId = owner.DeputyId };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Input.DeputyId is { } deputyId)
        {
            if (deputyId == Id)
            {
                ModelState.AddModelError("Input.DeputyId", "An owner cannot be their own deputy.");
            }
            else if (!Catalog.OwnersById.TryGetValue(deputyId, out var deputy))
            {
                ModelState.AddModelError("Input.DeputyId", "Choose a deputy from the list.");
            }
            else if (!deputy.IsActive && deputyId != Existing?.DeputyId)
            {
                ModelState.AddModelError("Input.DeputyId", "This owner is inactive; choose an active deputy.");
            }
        }

        var email = Input.Email?.Trim() ?? string.Empty;
        if (Catalog.Owners.Any(o => o.Id != Id && string.Equals(o.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError("Input.Email", "Another owner already uses this e-mail address.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var before = Existing is null ? null : AuditTrail.Snapshot(Existing);
            var owner = Existing ?? TouchpointOwner.Create(Input.Name, email, Input.Team);
            owner.Update(Input.Name, email, Input.Team);
            owner.AssignDeputy(Input.DeputyId);
            if (Existing is null)
            {
                Db.TouchpointOwners.Add(owner);
            }

            Audit.Record(nameof(TouchpointOwner), owner.Id, Existing is null ? "Created" : "Updated", before, AuditTrail.Snapshot(owner));
            await Db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = $"Owner '{owner.Name}' saved.";
            return RedirectToPage("Index");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Message.Contains("e-mail", StringComparison.OrdinalIgnoreCase) ? "Input.Email" : string.Empty, e.Message);
            return Page();
        }
    }

    /// <summary>Makes this owner the Chief Touchpoint Officer and revokes the predecessor in the same transaction.</summary>
    public async Task<IActionResult> OnPostAppointChiefAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Existing is not { } owner)
        {
            return NotFound();
        }

        var predecessor = await Db.TouchpointOwners.SingleOrDefaultAsync(o => o.IsChiefTouchpointOfficer && o.IsActive, cancellationToken);
        // Revoke, then appoint, in one transaction: the unique index must never see two active chiefs, and EF does not
        // promise to order two updates of one table within a single SaveChanges.
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (predecessor is not null && predecessor.Id != owner.Id)
            {
                var predecessorBefore = AuditTrail.Snapshot(predecessor);
                predecessor.RevokeChiefTouchpointOfficer();
                Audit.Record(nameof(TouchpointOwner), predecessor.Id, "ChiefTouchpointOfficerRevoked", predecessorBefore, AuditTrail.Snapshot(predecessor));
                await Db.SaveChangesAsync(cancellationToken);
            }

            var before = AuditTrail.Snapshot(owner);
            owner.AppointChiefTouchpointOfficer();
            Audit.Record(nameof(TouchpointOwner), owner.Id, "ChiefTouchpointOfficerAppointed", before, AuditTrail.Snapshot(owner));
        }
        catch (DomainException e)
        {
            TempData["Message"] = e.Message;
            return RedirectToPage(new { id = owner.Id });
        }

        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Message"] = $"{owner.Name} is now the Chief Touchpoint Officer.";
        return RedirectToPage("Index");
    }

    public sealed class OwnerInput
    {
        [Required(ErrorMessage = "Enter the owner's name.")]
        [StringLength(200, ErrorMessage = "The name is at most 200 characters.")]
        public string Name { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the owner's e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address such as name@example.com.")]
        [Display(Name = "E-mail")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the owner's team.")]
        [StringLength(200, ErrorMessage = "The team is at most 200 characters.")]
        public string Team { get; set; } = string.Empty;

        [Display(Name = "Deputy")]
        public Guid? DeputyId { get; set; }
    }
}
