using CustomerCentric.Data.Outbox;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Interactions;
using CustomerCentric.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using CustomerCentric.Testing;

namespace CustomerCentric.Data.Tests.Persistence;

/// <summary>Every entity is stored and read back in a new context with every property intact.</summary>
public sealed class EntityRoundTripTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Customer_touchpoint_and_owners_round_trip()
    {
        var world = new TestEntities();
        world.Deputy.AppointChiefTouchpointOfficer();
        await SaveAsync(world.AddTo);

        await using var db = database.CreateContext();
        var customer = await db.Customers.SingleAsync(c => c.Id == world.Customer.Id, _ct);
        var touchpoint = await db.Touchpoints.SingleAsync(t => t.Id == world.Touchpoint.Id, _ct);
        var owner = await db.TouchpointOwners.SingleAsync(o => o.Id == world.Owner.Id, _ct);
        var deputy = await db.TouchpointOwners.SingleAsync(o => o.Id == world.Deputy.Id, _ct);

        Assert.Equivalent(world.Customer, customer, strict: true);
        Assert.Equivalent(world.Touchpoint, touchpoint, strict: true);
        Assert.Equivalent(world.Owner, owner, strict: true);
        Assert.Equal(world.Deputy.Id, owner.DeputyId);
        Assert.True(deputy.IsChiefTouchpointOfficer);
        Assert.Equal(CustomerSegment.KeyAccount, customer.Segment);
    }

    [Fact]
    public async Task Enums_are_stored_by_name()
    {
        var world = new TestEntities();
        await SaveAsync(world.AddTo);

        await using var connection = await database.OpenConnectionAsync(_ct);
        await using var command = new Npgsql.NpgsqlCommand("SELECT segment, preferred_channel FROM customers WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", world.Customer.Id);
        await using var reader = await command.ExecuteReaderAsync(_ct);
        Assert.True(await reader.ReadAsync(_ct));

        Assert.Equal(("KeyAccount", "Email"), (reader.GetString(0), reader.GetString(1)));
    }

    [Fact]
    public async Task Interaction_round_trips()
    {
        var world = new TestEntities();
        var interaction = Interaction.Record(world.Customer.Id, world.Touchpoint.Id, TestEntities.Start.AddDays(1), "Parcel left at the neighbour without a note", Sentiment.Negative);
        await SaveAsync(db => { world.AddTo(db); db.Interactions.Add(interaction); });

        await using var read = database.CreateContext();
        var stored = await read.Interactions.SingleAsync(i => i.Id == interaction.Id, _ct);

        Assert.Equivalent(interaction, stored, strict: true);
    }

    [Fact]
    public async Task Complaint_round_trips_with_its_history_and_routing_decision()
    {
        var world = new TestEntities();
        var complaint = world.SubmitComplaint();
        var routedAt = TestEntities.Start.AddHours(2);
        complaint.Route(world.DecisionFor(world.Owner.Id, routedAt), TestEntities.Deadlines(complaint.Severity, routedAt), routedAt);
        await SaveAsync(db => { world.AddTo(db); db.Complaints.Add(complaint); });

        // Later steps on a complaint loaded from the database append to the stored history.
        await using (var db = database.CreateContext())
        {
            var loaded = await db.Complaints.WithHistory().SingleAsync(c => c.Id == complaint.Id, _ct);
            loaded.Acknowledge("mara.lindqvist", TestEntities.Start.AddHours(3));
            loaded.AddNote("mara.lindqvist", TestEntities.Start.AddHours(4), "Carrier confirms the parcel is in the depot.");
            await db.SaveChangesAsync(_ct);
        }

        await using var read = database.CreateContext();
        var stored = await read.Complaints.WithHistory().SingleAsync(c => c.Id == complaint.Id, _ct);

        Assert.Equal(ComplaintStatus.Acknowledged, stored.Status);
        Assert.Equal(4, stored.Version);
        Assert.Equal(world.Owner.Id, stored.AssigneeId);
        Assert.Equal(complaint.AcknowledgeBy, stored.AcknowledgeBy);
        Assert.Equal(complaint.ResolveBy, stored.ResolveBy);
        Assert.Equal(TestEntities.Start.AddHours(3), stored.AcknowledgedAt);
        Assert.Equal(
            [ComplaintHistoryKind.Submitted, ComplaintHistoryKind.Routed, ComplaintHistoryKind.Acknowledged, ComplaintHistoryKind.NoteAdded],
            stored.History.Select(h => h.Kind));
        Assert.Equivalent(complaint.History[1], stored.History[1], strict: true);
        Assert.Equal("Carrier confirms the parcel is in the depot.", stored.History[3].Text);

        var decision = Assert.IsType<RoutingDecision>(stored.Routing);
        var expected = complaint.Routing!;
        Assert.Equal(
            (expected.RuleSetVersion, expected.MatchedRuleId, expected.MatchedRuleName, expected.Outcome, expected.OwnerId, expected.DecidedAt),
            (decision.RuleSetVersion, decision.MatchedRuleId, decision.MatchedRuleName, decision.Outcome, decision.OwnerId, decision.DecidedAt));
        Assert.Equal(expected.Explanation, decision.Explanation);
    }

    [Fact]
    public async Task Routing_decision_is_one_JSON_document_with_enums_by_name()
    {
        var world = new TestEntities();
        var complaint = world.SubmitComplaint();
        var at = TestEntities.Start.AddHours(2);
        complaint.Route(world.DecisionFor(world.Owner.Id, at), TestEntities.Deadlines(complaint.Severity, at), at);
        await SaveAsync(db => { world.AddTo(db); db.Complaints.Add(complaint); });

        await using var connection = await database.OpenConnectionAsync(_ct);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT routing->>'outcome', jsonb_array_length(routing->'explanation'), pg_typeof(routing)::text FROM complaints WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", complaint.Id);
        await using var reader = await command.ExecuteReaderAsync(_ct);
        Assert.True(await reader.ReadAsync(_ct));

        Assert.Equal(("MatchedRule", 1, "jsonb"), (reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));
    }

    [Fact]
    public async Task Rule_set_version_and_draft_round_trip_their_rules_as_JSON()
    {
        var world = new TestEntities();
        var rules = new[]
        {
            new RoutingRule(Guid.CreateVersion7(), "Critical key-account complaints", true, ConditionMatch.All,
                [RuleCondition.Of(ConditionKind.CustomerSegment, "KeyAccount"), RuleCondition.Of(ConditionKind.MinimumSeverity, "Critical")], world.Deputy.Id),
            new RoutingRule(Guid.CreateVersion7(), "Late parcels", false, ConditionMatch.Any,
                [RuleCondition.Of(ConditionKind.Category, "DeliveryDelay"), RuleCondition.Of(ConditionKind.TextContains, "parcel", "courier")], world.Owner.Id),
        };
        var draft = RuleSetDraft.CreateEmpty("admin", TestEntities.Start);
        foreach (var rule in rules)
        {
            draft.AddRule(rule, "admin", TestEntities.Start);
        }

        var version = draft.Publish(1, "admin", TestEntities.Start.AddMinutes(5), "First rules");
        await SaveAsync(db => { world.AddTo(db); db.RuleSetDrafts.Add(draft); db.RuleSetVersions.Add(version); });

        await using var read = database.CreateContext();
        var storedVersion = await read.RuleSetVersions.SingleAsync(v => v.Id == version.Id, _ct);
        var storedDraft = await read.RuleSetDrafts.SingleAsync(d => d.Id == draft.Id, _ct);

        Assert.Equal((1, "admin", TestEntities.Start.AddMinutes(5), "First rules"),
            (storedVersion.Version, storedVersion.PublishedBy, storedVersion.PublishedAt, storedVersion.Note));
        Assert.Equivalent(rules, storedVersion.Rules, strict: true);
        Assert.Equivalent(rules, storedDraft.Rules, strict: true);
        Assert.Equal(1, storedDraft.BasedOnVersion);
    }

    [Fact]
    public async Task Editing_a_loaded_draft_in_place_is_saved()
    {
        var world = new TestEntities();
        var draft = RuleSetDraft.CreateEmpty("admin", TestEntities.Start);
        await SaveAsync(db => { world.AddTo(db); db.RuleSetDrafts.Add(draft); });
        var rule = new RoutingRule(Guid.CreateVersion7(), "Billing", true, ConditionMatch.All, [RuleCondition.Of(ConditionKind.Category, "Billing")], world.Owner.Id);

        // The draft's rule list is mutated, not replaced: change tracking must still see it.
        await using (var db = database.CreateContext())
        {
            var loaded = await db.RuleSetDrafts.SingleAsync(d => d.Id == draft.Id, _ct);
            loaded.AddRule(rule, "editor", TestEntities.Start.AddMinutes(1));
            Assert.Equal(1, await db.SaveChangesAsync(_ct));
        }

        await using var read = database.CreateContext();
        var stored = await read.RuleSetDrafts.SingleAsync(d => d.Id == draft.Id, _ct);
        Assert.Equivalent(new[] { rule }, stored.Rules, strict: true);
        Assert.Equal("editor", stored.UpdatedBy);
    }

    [Fact]
    public async Task Outbox_message_round_trips()
    {
        var message = new OutboxMessage(
            Guid.CreateVersion7(), "CustomerCentric.Contracts.ComplaintSubmitted", """{"complaintId":"42"}""",
            new Dictionary<string, string> { ["correlation-id"] = "abc" }, TestEntities.Start);
        await SaveAsync(db => db.OutboxMessages.Add(message));

        await using (var db = database.CreateContext())
        {
            var loaded = await db.OutboxMessages.SingleAsync(m => m.Id == message.Id, _ct);
            loaded.RecordFailedAttempt("broker unreachable");
            loaded.MarkSent(TestEntities.Start.AddSeconds(3));
            await db.SaveChangesAsync(_ct);
        }

        await using var read = database.CreateContext();
        var stored = await read.OutboxMessages.SingleAsync(m => m.Id == message.Id, _ct);
        Assert.Equal(("CustomerCentric.Contracts.ComplaintSubmitted", """{"complaintId": "42"}""", 2, TestEntities.Start.AddSeconds(3)),
            (stored.MessageType, stored.Payload, stored.Attempts, stored.SentAt));
        Assert.Equal(new Dictionary<string, string> { ["correlation-id"] = "abc" }, stored.Headers);
        Assert.Null(stored.LastError);
    }

    private async Task SaveAsync(Action<CustomerCentricDbContext> add)
    {
        await using var db = database.CreateContext();
        add(db);
        await db.SaveChangesAsync(_ct);
    }
}
