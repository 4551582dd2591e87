using CustomerCentric.Admin.Catalog;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Admin.Routing;
using CustomerCentric.Data;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages.Routing;

/// <summary>
/// Routes a sample complaint with the same engine as the worker (draft or published rules) and shows the rule that took
/// it and why each earlier rule did not. Changes nothing, so it is a GET form that viewers can use too.
/// </summary>
public sealed class SimulateModel(CustomerCentricDbContext db, RuleSetWorkspace workspace, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? TouchpointId { get; set; }

    [BindProperty(SupportsGet = true)]
    public ComplaintCategory Category { get; set; } = ComplaintCategory.ProductDefect;

    [BindProperty(SupportsGet = true)]
    public Severity Severity { get; set; } = Severity.Medium;

    [BindProperty(SupportsGet = true)]
    public CustomerSegment Segment { get; set; } = CustomerSegment.Private;

    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    /// <summary>"draft" (default) or "published".</summary>
    [BindProperty(SupportsGet = true)]
    public string RuleSet { get; set; } = "draft";

    public AdminCatalog Catalog { get; private set; } = null!;
    public RoutingDecision? Decision { get; private set; }
    public string? RuleSetName { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
        if (TouchpointId is null)
        {
            return; // The empty form.
        }

        if (!Catalog.TouchpointsById.TryGetValue(TouchpointId.Value, out var touchpoint))
        {
            ModelState.AddModelError(nameof(TouchpointId), "Choose a touchpoint from the list.");
            return;
        }

        if (Catalog.Chief is not { } chief)
        {
            Problem = "There is no active Chief Touchpoint Officer, so routing has no last fallback. Appoint one on the Owners page.";
            return;
        }

        CompiledRuleSet compiled;
        try
        {
            if (RuleSet == "published")
            {
                var latest = await workspace.LatestAsync(cancellationToken);
                compiled = latest is null ? CompiledRuleSet.Empty : RuleSetCompiler.Compile(latest);
                RuleSetName = latest is null ? "no published version (no rules)" : $"published version {latest.Version}";
            }
            else
            {
                var draft = await workspace.DraftAsync(User.ActorName(), cancellationToken);
                compiled = RuleSetCompiler.Compile(draft.Rules, version: null);
                RuleSetName = "the draft";
            }
        }
        catch (InvalidRoutingRuleException e)
        {
            Problem = $"The rules cannot be evaluated: {e.Message}";
            return;
        }

        var defaultOwner = touchpoint.DefaultOwnerId is { } ownerId ? Catalog.OwnersById.GetValueOrDefault(ownerId) : null;
        var input = new RoutingInput(touchpoint.Id, touchpoint.Channel, touchpoint.JourneyPhase, Category, Severity, Segment, Text ?? string.Empty);
        Decision = compiled.Evaluate(input, RoutingFallbacks.From(defaultOwner, chief), time.GetUtcNow());
    }
}
