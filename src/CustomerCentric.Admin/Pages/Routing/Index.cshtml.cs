using CustomerCentric.Admin.Audit;
using CustomerCentric.Admin.Catalog;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Admin.Routing;
using CustomerCentric.Data;
using CustomerCentric.Domain;
using CustomerCentric.Domain.Routing;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages.Routing;

/// <summary>The draft rule set: rules in order, what changed since the published version, problems, and publishing.</summary>
public sealed class IndexModel(
    CustomerCentricDbContext db, RuleSetWorkspace workspace, RuleSetPublisher publisher, AuditTrail audit, TimeProvider time) : PageModel
{
    public RuleSetDraft Draft { get; private set; } = null!;
    public RuleSetVersion? Latest { get; private set; }
    public AdminCatalog Catalog { get; private set; } = null!;
    public IReadOnlyList<RuleProblem> Problems { get; private set; } = [];
    public IReadOnlyList<RuleChange> Changes { get; private set; } = [];

    [BindProperty]
    [StringLength(500, ErrorMessage = "The note is at most 500 characters.")]
    public string? Note { get; set; }

    /// <summary>The draft version this page showed; every change posts it back (optimistic concurrency).</summary>
    [BindProperty]
    public int DraftVersion { get; set; }

    public bool CanPublish => Problems.All(p => !p.BlocksPublishing) && (Changes.Count > 0 || Latest is null);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(Guid ruleId, string direction, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && direction is not ("up" or "down"))
        {
            ModelState.AddModelError(string.Empty, $"Unknown direction '{direction}': a rule moves up or down.");
        }

        return ChangeDraftAsync(() => MoveAsync(ruleId, direction, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveAsync(Guid ruleId, CancellationToken cancellationToken) =>
        ChangeDraftAsync(() => RemoveAsync(ruleId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken) =>
        ChangeDraftAsync(() => DiscardAsync(cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) =>
        ChangeDraftAsync(async () =>
        {
            var version = await publisher.PublishDraftAsync(User.ActorName(), DraftVersion, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), cancellationToken);
            TempData["Message"] = $"Version {version.Version} is published; the workers route with it from now on.";
            return RedirectToPage("Versions");
        }, cancellationToken);

    /// <summary>Runs a change of the draft; a refused change (a stale draft, a domain rule) shows the page again with the reason.</summary>
    private async Task<IActionResult> ChangeDraftAsync(Func<Task<IActionResult>> change, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                return await change();
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        else
        {
            // Nothing on this page shows a field's message (the forms are buttons and hidden fields): say it at the top.
            foreach (var message in ModelState.Where(entry => entry.Key.Length > 0).SelectMany(entry => entry.Value!.Errors).Select(e => e.ErrorMessage).ToList())
            {
                ModelState.AddModelError(string.Empty, message);
            }
        }

        // The context may hold the refused change: the page shows the draft as stored.
        db.ChangeTracker.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> MoveAsync(Guid ruleId, string direction, CancellationToken cancellationToken)
    {
        await LoadForChangeAsync(cancellationToken);
        var index = Draft.Rules.ToList().FindIndex(r => r.Id == ruleId);
        if (index < 0)
        {
            return NotFound();
        }

        var rule = Draft.Rules[index];
        try
        {
            if (direction == "up")
            {
                Draft.MoveUp(ruleId, User.ActorName(), time.GetUtcNow());
            }
            else
            {
                Draft.MoveDown(ruleId, User.ActorName(), time.GetUtcNow());
            }
        }
        catch (DomainException e) when (e is not DraftChangedException)
        {
            TempData["Message"] = e.Message;
            return RedirectToPage();
        }

        var newIndex = Draft.Rules.ToList().FindIndex(r => r.Id == ruleId);
        audit.Record("RoutingRule", ruleId, direction == "up" ? "MovedUp" : "MovedDown",
            AuditTrail.Snapshot(new { rule.Name, Position = index + 1 }), AuditTrail.Snapshot(new { rule.Name, Position = newIndex + 1 }));
        await workspace.SaveAsync(cancellationToken);
        return RedirectToPage(null, null, null, $"rule-{ruleId}");
    }

    private async Task<IActionResult> RemoveAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        await LoadForChangeAsync(cancellationToken);
        var rule = Draft.Rules.FirstOrDefault(r => r.Id == ruleId);
        if (rule is null)
        {
            return NotFound();
        }

        Draft.RemoveRule(ruleId, User.ActorName(), time.GetUtcNow());
        audit.Record("RoutingRule", ruleId, "Removed", AuditTrail.Snapshot(rule), null);
        await workspace.SaveAsync(cancellationToken);
        TempData["Message"] = $"Rule '{rule.Name}' removed from the draft.";
        return RedirectToPage();
    }

    private async Task<IActionResult> DiscardAsync(CancellationToken cancellationToken)
    {
        await LoadForChangeAsync(cancellationToken);
        if (Latest is null)
        {
            TempData["Message"] = "Nothing is published yet, so there is nothing to go back to.";
            return RedirectToPage();
        }

        var before = AuditTrail.Snapshot(Draft.Rules);
        Draft.ResetTo(Latest, User.ActorName(), time.GetUtcNow());
        audit.Record("RuleSetDraft", Draft.Id, "Discarded", before, AuditTrail.Snapshot(Draft.Rules));
        await workspace.SaveAsync(cancellationToken);
        TempData["Message"] = $"The draft starts again from version {Latest.Version}.";
        return RedirectToPage();
    }

    /// <exception cref="DraftChangedException">The draft is no longer the version this page showed.</exception>
    private async Task LoadForChangeAsync(CancellationToken cancellationToken)
    {
        await workspace.DraftToChangeAsync(User.ActorName(), DraftVersion, cancellationToken);
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Draft = await workspace.DraftAsync(User.ActorName(), cancellationToken);
        DraftVersion = Draft.Version;
        Latest = await workspace.LatestAsync(cancellationToken);
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
        Problems = RuleSetChecker.Check(Draft.Rules, Catalog);
        Changes = RuleSetDiff.Compare(Latest?.Rules ?? [], Draft.Rules, Catalog);
    }
}
