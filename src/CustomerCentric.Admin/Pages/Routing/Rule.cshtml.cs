using CustomerCentric.Admin.Audit;
using CustomerCentric.Admin.Catalog;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Admin.Routing;
using CustomerCentric.Data;
using CustomerCentric.Domain.Routing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages.Routing;

/// <summary>Adds a rule to the draft (no id) or edits one; the rule is checked before it is saved.</summary>
[Authorize(Roles = AdminRoles.Admin)]
public sealed class RuleModel(CustomerCentricDbContext db, RuleSetWorkspace workspace, AuditTrail audit, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public RuleForm Input { get; set; } = new();

    public AdminCatalog Catalog { get; private set; } = null!;

    public RoutingRule? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Existing is not null)
        {
            Input = RuleForm.From(Existing);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var rule = Input.ToRule(Existing?.Id ?? Guid.CreateVersion7());
        if (rule.Conditions.Count == 0)
        {
            ModelState.AddModelError("Input.Conditions", "Choose at least one condition: a rule without conditions would catch every complaint.");
        }

        if (Input.TargetOwnerId is { } ownerId)
        {
            if (!Catalog.OwnersById.TryGetValue(ownerId, out var owner))
            {
                ModelState.AddModelError("Input.TargetOwnerId", "Choose an owner from the list.");
            }
            else if (!owner.IsActive && ownerId != Existing?.TargetOwnerId)
            {
                ModelState.AddModelError("Input.TargetOwnerId", $"{owner.Name} is inactive; choose an active owner.");
            }
        }

        foreach (var touchpoint in Input.Touchpoints.Where(t => !Catalog.TouchpointsById.ContainsKey(t)))
        {
            ModelState.AddModelError("Input.Touchpoints", $"There is no touchpoint {touchpoint}.");
        }

        if (ModelState.IsValid)
        {
            foreach (var error in RoutingRuleValidator.Validate(rule))
            {
                ModelState.AddModelError(error.ConditionIndex is null ? string.Empty : "Input.Conditions", error.ToString());
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var draft = await workspace.DraftAsync(User.ActorName(), cancellationToken);
        if (Existing is null)
        {
            draft.AddRule(rule, User.ActorName(), time.GetUtcNow());
        }
        else
        {
            draft.UpdateRule(rule, User.ActorName(), time.GetUtcNow());
        }

        audit.Record("RoutingRule", rule.Id, Existing is null ? "Added" : "Updated",
            Existing is null ? null : AuditTrail.Snapshot(Existing), AuditTrail.Snapshot(rule));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Rule '{rule.Name}' saved in the draft. Publish the draft to make it live.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
        if (Id is { } id)
        {
            var draft = await workspace.DraftAsync(User.ActorName(), cancellationToken);
            Existing = draft.Rules.FirstOrDefault(r => r.Id == id);
            return Existing is not null;
        }

        return true;
    }
}
