using CustomerCentric.Admin.Audit;
using CustomerCentric.Admin.Catalog;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Admin.Routing;
using CustomerCentric.Data;
using CustomerCentric.Domain;
using CustomerCentric.Domain.Routing;
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
    public string? Note { get; set; }

    public bool CanPublish => Problems.All(p => !p.BlocksPublishing) && (Changes.Count > 0 || Latest is null);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostMoveAsync(Guid ruleId, string direction, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
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
            else if (direction == "down")
            {
                Draft.MoveDown(ruleId, User.ActorName(), time.GetUtcNow());
            }
            else
            {
                return BadRequest($"Unknown direction '{direction}' (up or down).");
            }
        }
        catch (DomainException e)
        {
            TempData["Message"] = e.Message;
            return RedirectToPage();
        }

        var newIndex = Draft.Rules.ToList().FindIndex(r => r.Id == ruleId);
        audit.Record("RoutingRule", ruleId, direction == "up" ? "MovedUp" : "MovedDown",
            AuditTrail.Snapshot(new { rule.Name, Position = index + 1 }), AuditTrail.Snapshot(new { rule.Name, Position = newIndex + 1 }));
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(null, null, null, $"rule-{ruleId}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var rule = Draft.Rules.FirstOrDefault(r => r.Id == ruleId);
        if (rule is null)
        {
            return NotFound();
        }

        Draft.RemoveRule(ruleId, User.ActorName(), time.GetUtcNow());
        audit.Record("RoutingRule", ruleId, "Removed", AuditTrail.Snapshot(rule), null);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Rule '{rule.Name}' removed from the draft.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Latest is null)
        {
            TempData["Message"] = "Nothing is published yet, so there is nothing to go back to.";
            return RedirectToPage();
        }

        var before = AuditTrail.Snapshot(Draft.Rules);
        Draft.ResetTo(Latest, User.ActorName(), time.GetUtcNow());
        audit.Record("RuleSetDraft", Draft.Id, "Discarded", before, AuditTrail.Snapshot(Draft.Rules));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"The draft starts again from version {Latest.Version}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        try
        {
            var version = await publisher.PublishDraftAsync(User.ActorName(), string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), cancellationToken);
            TempData["Message"] = $"Version {version.Version} is published; the workers route with it from now on.";
            return RedirectToPage("Versions");
        }
        catch (DomainException e)
        {
            await LoadAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Draft = await workspace.DraftAsync(User.ActorName(), cancellationToken);
        Latest = await workspace.LatestAsync(cancellationToken);
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
        Problems = RuleSetChecker.Check(Draft.Rules, Catalog);
        Changes = RuleSetDiff.Compare(Latest?.Rules ?? [], Draft.Rules, Catalog);
    }
}
