using System.ComponentModel.DataAnnotations;
using CustomerCentric.Admin.Audit;
using CustomerCentric.Admin.Catalog;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Data;
using CustomerCentric.Domain;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Touchpoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Pages.Touchpoints;

/// <summary>Creates a touchpoint (no id) or edits one; touchpoints are deactivated, never deleted (complaints point to them).</summary>
[Authorize(Roles = AdminRoles.Admin)]
public sealed class EditModel(CustomerCentricDbContext db, AuditTrail audit) : CatalogEditModel<Touchpoint>(db, audit)
{
    [BindProperty]
    public TouchpointInput Input { get; set; } = new();

    protected override string Noun => "Touchpoint";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } touchpoint)
        {
            Input = new TouchpointInput
            {
                Name = touchpoint.Name, Description = touchpoint.Description, Channel = touchpoint.Channel,
                JourneyPhase = touchpoint.JourneyPhase, DefaultOwnerId = touchpoint.DefaultOwnerId,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Input.DefaultOwnerId is { } ownerId && !Catalog.OwnersById.ContainsKey(ownerId))
        {
            ModelState.AddModelError("Input.DefaultOwnerId", "Choose an owner from the list.");
        }
        else if (Input.DefaultOwnerId is { } chosen && chosen != Existing?.DefaultOwnerId && !Catalog.OwnersById[chosen].IsActive)
        {
            ModelState.AddModelError("Input.DefaultOwnerId", "This owner is inactive; choose an active one.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var before = Existing is null ? null : AuditTrail.Snapshot(Existing);
            var touchpoint = Existing ?? Touchpoint.Create(Input.Name, Input.Description, Input.Channel!.Value, Input.JourneyPhase!.Value);
            touchpoint.Update(Input.Name, Input.Description, Input.Channel!.Value, Input.JourneyPhase!.Value);
            touchpoint.AssignDefaultOwner(Input.DefaultOwnerId);
            if (Existing is null)
            {
                Db.Touchpoints.Add(touchpoint);
            }

            Audit.Record(nameof(Touchpoint), touchpoint.Id, Existing is null ? "Created" : "Updated", before, AuditTrail.Snapshot(touchpoint));
            await Db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = $"Touchpoint '{touchpoint.Name}' saved.";
            return RedirectToPage("Index");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    public sealed class TouchpointInput
    {
        [Required(ErrorMessage = "Give the touchpoint a name.")]
        [StringLength(200, ErrorMessage = "The name is at most 200 characters.")]
        public string Name { get; set; } = string.Empty;

        [StringLength(2000, ErrorMessage = "The description is at most 2000 characters.")]
        public string? Description { get; set; }

        [Required(ErrorMessage = "Choose the channel.")]
        public Channel? Channel { get; set; }

        [Required(ErrorMessage = "Choose the journey phase.")]
        [Display(Name = "Journey phase")]
        public JourneyPhase? JourneyPhase { get; set; }

        [Display(Name = "Default owner")]
        public Guid? DefaultOwnerId { get; set; }
    }
}
