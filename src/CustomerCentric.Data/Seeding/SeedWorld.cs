using System.Globalization;
using System.Text;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Interactions;
using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Sla;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Data.Seeding;

/// <summary>
/// Builds the seed data in memory through the domain's own methods, so every complaint's status, history, routing
/// decision (from the real rules engine) and escalations are ones the application itself could have produced.
/// The same <paramref name="now"/> gives the same data: all choices come from one fixed-seed random sequence.
/// </summary>
internal sealed class SeedWorld
{
    public const int CustomerCount = 200;
    private const int RandomSeed = 20261122;
    private const string Admin = "helena.brandt";

    private readonly Random _random = new(RandomSeed);
    private readonly DateTimeOffset _now;
    private readonly Dictionary<string, TouchpointOwner> _ownersByKey = [];
    private readonly Dictionary<string, Touchpoint> _touchpointsByKey = [];

    private SeedWorld(DateTimeOffset now)
    {
        _now = now;
        Chief = TouchpointOwner.Create(SeedCatalog.Chief.Name, EmailOf(SeedCatalog.Chief.Name), SeedCatalog.Chief.Team);
        Chief.AppointChiefTouchpointOfficer();
        foreach (var seed in SeedCatalog.Owners)
        {
            _ownersByKey[seed.Key] = TouchpointOwner.Create(seed.Name, EmailOf(seed.Name), seed.Team);
        }

        foreach (var seed in SeedCatalog.Touchpoints)
        {
            var defaultOwner = seed.DefaultOwnerKey is { } key ? _ownersByKey[key].Id : (Guid?)null;
            _touchpointsByKey[seed.Key] = Touchpoint.Create(seed.Name, seed.Description, seed.Channel, seed.Phase, defaultOwner);
        }

        var publishedAt = now.AddDays(-400);
        Draft = RuleSetDraft.CreateEmpty(Admin, publishedAt);
        foreach (var rule in SeedRules.Create(k => _ownersByKey[k].Id, k => _touchpointsByKey[k].Id, Chief.Id))
        {
            Draft.AddRule(rule, Admin, publishedAt);
        }

        Version = Draft.Publish(1, Admin, publishedAt, "Initial routing rules agreed with all touchpoint owners.");

        // An unpublished edit, so the admin's draft differs from what is live.
        Draft.MoveUp(Draft.Rules[4].Id, Admin, now.AddDays(-1));
    }

    public TouchpointOwner Chief { get; }
    public IEnumerable<TouchpointOwner> Owners => _ownersByKey.Values.Prepend(Chief);
    public IEnumerable<Touchpoint> Touchpoints => _touchpointsByKey.Values;
    public RuleSetVersion Version { get; }
    public RuleSetDraft Draft { get; }
    public List<Customer> Customers { get; } = [];
    public List<Interaction> Interactions { get; } = [];
    public List<Complaint> Complaints { get; } = [];

    /// <summary>Deputies refer to other owners, possibly both ways round; set them after the owners exist.</summary>
    public void AssignDeputies()
    {
        foreach (var seed in SeedCatalog.Owners)
        {
            _ownersByKey[seed.Key].AssignDeputy(_ownersByKey[seed.DeputyKey].Id);
        }
    }

    public static SeedWorld Build(DateTimeOffset now)
    {
        var world = new SeedWorld(now);
        var rules = RuleSetCompiler.Compile(world.Version);
        for (var i = 0; i < CustomerCount; i++)
        {
            var customer = world.NewCustomer(i);
            world.Customers.Add(customer);
            world.AddInteractions(customer);
            var complaints = world._random.Next(100) < 45 ? (world._random.Next(100) < 20 ? 2 : 1) : 0;
            for (var n = 0; n < complaints; n++)
            {
                world.Complaints.Add(world.NewComplaint(customer, $"seed-{i:D3}-{n}", rules));
            }
        }

        return world;
    }

    private Customer NewCustomer(int index)
    {
        var first = Pick(SeedCatalog.FirstNames);
        var last = Pick(SeedCatalog.LastNames);
        var segmentRoll = _random.Next(100);
        var segment = segmentRoll < 70 ? CustomerSegment.Private : segmentRoll < 92 ? CustomerSegment.Business : CustomerSegment.KeyAccount;
        var name = segment == CustomerSegment.Private ? $"{first} {last}" : $"{first} {last} ({last} {Pick(SeedCatalog.BusinessSuffixes)})";
        var phone = _random.Next(100) < 70 ? $"+49 30 {_random.Next(1_000_000, 9_999_999)}" : null;
        var channel = Pick([Channel.Web, Channel.App, Channel.Email, Channel.Hotline, Channel.Store, Channel.Chat]);
        var createdAt = _now.AddDays(-_random.Next(60, 720)).AddMinutes(-_random.Next(0, 1440));
        return Customer.Register(name, $"{Slug(first)}.{Slug(last)}.{index:D3}@example.com", phone, Pick(SeedCatalog.Languages), channel, segment, createdAt);
    }

    private void AddInteractions(Customer customer)
    {
        var count = _random.Next(2, 8);
        var span = (_now - customer.CreatedAt).TotalMinutes;
        for (var i = 0; i < count; i++)
        {
            var key = Pick(SeedCatalog.Touchpoints).Key;
            var (summary, sentiment) = Pick(SeedCatalog.Experiences[key]);
            var at = customer.CreatedAt.AddMinutes(_random.NextDouble() * span);
            Interactions.Add(Interaction.Record(customer.Id, _touchpointsByKey[key].Id, Truncate(at), summary, sentiment));
        }
    }

    private Complaint NewComplaint(Customer customer, string idempotencyKey, CompiledRuleSet rules)
    {
        var template = Pick(SeedCatalog.ComplaintTemplates);
        var touchpoint = _touchpointsByKey[template.Touchpoint];
        var severity = _random.Next(100) < 15 && template.Severity < Severity.Critical ? template.Severity + 1 : template.Severity;
        // A few just arrived and still wait for the worker; most are recent (work in progress); some older (the record).
        var ageRoll = _random.Next(100);
        var age = ageRoll < 6 ? TimeSpan.FromMinutes(_random.Next(2, 90))
            : ageRoll < 60 ? TimeSpan.FromHours(_random.Next(2, 96))
            : TimeSpan.FromHours(_random.Next(96, 24 * 90));
        var at = Truncate(_now - age);
        var complaint = Complaint.Submit(customer.Id, touchpoint.Id, template.Category, severity, template.Text, idempotencyKey, at);
        if (ageRoll < 6)
        {
            return complaint;
        }

        at = at.AddMinutes(_random.Next(1, 5));
        var defaultOwner = touchpoint.DefaultOwnerId is { } id ? Owners.Single(o => o.Id == id) : null;
        var decision = rules.Evaluate(RoutingInput.For(complaint, touchpoint, customer), RoutingFallbacks.From(defaultOwner, Chief), at);
        complaint.Route(decision, SlaPolicy.Default.Deadlines(severity, at), at);
        Progress(complaint, severity);
        return complaint;
    }

    /// <summary>Moves a routed complaint on as far as its age allows: acknowledged, resolved, closed, sometimes reopened;
    /// unacknowledged ones whose deadline passed are escalated as the SLA sweeper would.</summary>
    private void Progress(Complaint complaint, Severity severity)
    {
        var acknowledgeWindow = complaint.AcknowledgeBy!.Value - complaint.RoutedAt!.Value;
        var ignoredRoll = _random.Next(100);
        var acknowledgeAt = complaint.RoutedAt.Value + acknowledgeWindow * (ignoredRoll < 15 ? 1.5 : _random.NextDouble() * 0.9);

        if (ignoredRoll < 15 || acknowledgeAt >= _now)
        {
            EscalateWhileOverdue(complaint, severity);
            return;
        }

        var assignee = Actor(complaint.AssigneeId);
        complaint.Acknowledge(assignee, Truncate(acknowledgeAt));
        if (_random.Next(100) < 30 && Step(complaint, TimeSpan.FromMinutes(_random.Next(10, 240))) is { } noteAt)
        {
            complaint.AddNote(assignee, noteAt, "Called the customer; collecting details from the team.");
        }

        var resolveWindow = complaint.ResolveBy!.Value - complaint.RoutedAt.Value;
        if (Step(complaint, resolveWindow * (0.2 + _random.NextDouble() * 0.7)) is not { } resolvedAt || _random.Next(100) < 25)
        {
            return;
        }

        complaint.Resolve(assignee, resolvedAt, Pick(SeedCatalog.Resolutions));
        if (Step(complaint, TimeSpan.FromDays(_random.Next(1, 4))) is not { } closedAt)
        {
            return;
        }

        complaint.Close("customer", closedAt);
        if (_random.Next(100) < 10 && Step(complaint, TimeSpan.FromDays(_random.Next(1, 5))) is { } reopenedAt)
        {
            complaint.Reopen("customer", reopenedAt, "The same fault occurred again.");
        }
    }

    private void EscalateWhileOverdue(Complaint complaint, Severity severity)
    {
        while (complaint.AcknowledgeBy is { } deadline && deadline.AddMinutes(5) < _now)
        {
            var assignee = Owners.SingleOrDefault(o => o.Id == complaint.AssigneeId);
            var deputy = assignee?.DeputyId is { } deputyId ? Owners.Single(o => o.Id == deputyId) : null;
            if (EscalationPolicy.Next(complaint.EscalationLevel, assignee, deputy, Chief) is not { } step)
            {
                return;
            }

            var at = deadline.AddMinutes(5);
            complaint.Escalate(step, SlaPolicy.Default.AcknowledgeByAfterEscalation(severity, at), at,
                $"Not acknowledged by {deadline:yyyy-MM-dd HH:mm} UTC.");
        }
    }

    /// <summary>The time <paramref name="after"/> the complaint's last step, or null when that is still in the future.</summary>
    private DateTimeOffset? Step(Complaint complaint, TimeSpan after)
    {
        var at = Truncate(complaint.History[^1].At + after);
        return at < _now ? at : null;
    }

    private string Actor(Guid? ownerId) => Owners.Single(o => o.Id == ownerId).Email.Split('@')[0];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    // Whole seconds: what PostgreSQL stores is then exactly what was built.
    private static DateTimeOffset Truncate(DateTimeOffset at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static string EmailOf(string name) => $"{Slug(name.Split(' ')[0])}.{Slug(name.Split(' ')[^1])}@{SeedCatalog.Domain}";

    /// <summary>"Chloé" -> "chloe", "de Vries" -> "devries": e-mail local parts in plain ASCII.</summary>
    private static string Slug(string text)
    {
        var letters = text.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsAsciiLetter(c));
        return new string(letters.ToArray()).ToLowerInvariant();
    }
}
