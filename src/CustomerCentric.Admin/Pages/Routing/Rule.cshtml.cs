using CustomerCentric.Admin.Audit;
using CustomerCentric.Admin.Catalog;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Admin.Routing;
using CustomerCentric.Data;
using CustomerCentric.Domain.Routing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages.Routing;

/// <summary>
/// Adds a rule to the draft (no id) or edits one. Conditions are a list: "Add condition" and "Remove" post the form back
/// and show it again (no JavaScript needed); "Save" checks the rule and stores it if the draft is still the one the
/// editor opened.
/// </summary>
[Authorize(Roles = AdminRoles.Admin)]
public sealed class RuleModel(CustomerCentricDbContext db, RuleSetWorkspace workspace, AuditTrail audit, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public RuleForm Input { get; set; } = new();

    /// <summary>The draft version the editor opened (optimistic concurrency).</summary>
    [BindProperty]
    public int DraftVersion { get; set; }

    /// <summary>The kind of the condition "Add condition" appends.</summary>
    [BindProperty]
    public ConditionKind? NewKind { get; set; }

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

    public async Task<IActionResult> OnPostAddConditionAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // The form is shown again as posted, not judged: only what this button did can be wrong.
        ModelState.Clear();
        if (NewKind is not { } kind || !Enum.IsDefined(kind))
        {
            ModelState.AddModelError(nameof(NewKind), "Choose which kind of condition to add.");
        }
        else if (Input.Conditions.Count >= RoutingRuleValidator.MaxConditions)
        {
            ModelState.AddModelError(nameof(NewKind), $"A rule has at most {RoutingRuleValidator.MaxConditions} conditions.");
        }
        else
        {
            Input.Conditions.Add(new ConditionForm { Kind = kind });
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRemoveConditionAsync(int index, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (index < 0 || index >= Input.Conditions.Count)
        {
            ModelState.AddModelError("Input.Conditions", $"There is no condition {index + 1} to remove.");
        }
        else
        {
            Input.Conditions.RemoveAt(index);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.GetFieldValidationState(nameof(DraftVersion)) == ModelValidationState.Invalid)
        {
            ModelState.AddModelError(string.Empty, "The page's draft version is missing or damaged: reload the page, then make your change again.");
        }

        var rule = Input.ToRule(Existing?.Id ?? Guid.CreateVersion7());
        Check(rule);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var draft = await workspace.DraftToChangeAsync(User.ActorName(), DraftVersion, cancellationToken);
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
            await workspace.SaveAsync(cancellationToken);
        }
        catch (DraftChangedException e)
        {
            // The editor's entries stay on the page; the message says how to get the current draft.
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        TempData["Message"] = $"Rule '{rule.Name}' saved in the draft. Publish the draft to make it live.";
        return RedirectToPage("Index");
    }

    /// <summary>Every problem with the posted rule, each next to the field or condition it concerns.</summary>
    private void Check(RoutingRule rule)
    {
        if (Input.Conditions.Count == 0)
        {
            ModelState.AddModelError("Input.Conditions", "Add at least one condition: a rule without conditions would catch every complaint.");
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

        for (var i = 0; i < rule.Conditions.Count; i++)
        {
            var condition = rule.Conditions[i];
            var key = $"Input.Conditions[{i}]";
            var what = $"Condition {i + 1} ({ConditionForm.Label(condition.Kind).ToLowerInvariant()})";
            if (!Enum.IsDefined(condition.Kind))
            {
                ModelState.AddModelError(key, $"Condition {i + 1} has an unknown kind; remove it and add it again.");
            }
            else if (condition.Values.Count == 0)
            {
                ModelState.AddModelError(key, condition.Kind == ConditionKind.TextContains
                    ? $"{what}: enter at least one keyword, one per line."
                    : $"{what}: choose at least one value, or remove the condition.");
            }
            else if (condition.Kind == ConditionKind.Touchpoint)
            {
                foreach (var value in condition.Values.Where(v => !Guid.TryParse(v, out var id) || !Catalog.TouchpointsById.ContainsKey(id)))
                {
                    ModelState.AddModelError(key, $"{what}: there is no touchpoint {value}.");
                }
            }
        }

        // The domain's own rules (limits, value names, one minimum severity) for what the checks above let through.
        var reported = ModelState.Where(entry => entry.Value is { Errors.Count: > 0 }).Select(entry => entry.Key).ToHashSet();
        foreach (var error in RoutingRuleValidator.Validate(rule))
        {
            if (error.ConditionIndex is { } at && reported.Contains($"Input.Conditions[{at}]"))
            {
                continue;
            }

            var key = error.ConditionIndex is { } index ? $"Input.Conditions[{index}]" : string.Empty;
            if (error.ConditionIndex is null && (rule.Conditions.Count == 0 || rule.TargetOwnerId == Guid.Empty || string.IsNullOrWhiteSpace(rule.Name)))
            {
                continue; // Already said at the field.
            }

            ModelState.AddModelError(key, error.ConditionIndex is { } i ? $"Condition {i + 1}: {error.Message}" : error.ToString());
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
        var draft = await workspace.DraftAsync(User.ActorName(), cancellationToken);
        if (HttpMethods.IsGet(Request.Method))
        {
            DraftVersion = draft.Version;
        }

        if (Id is { } id)
        {
            Existing = draft.Rules.FirstOrDefault(r => r.Id == id);
            return Existing is not null;
        }

        return true;
    }
}
