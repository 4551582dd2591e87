using System.Text.Json;
using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Api.Tests.Hosting;
using CustomerCentric.Contracts.Complaints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.Tests.Mutations;

/// <summary>Every mutation's success and its typed errors, idempotent submission, and the status machine's refusals.</summary>
public sealed class MutationTests(ApiApp app) : IClassFixture<ApiApp>
{
    private const string Register = """
        mutation ($input: RegisterCustomerInput!) {
          registerCustomer(input: $input) { customer { id name segment } errors { __typename ... on Error { message } } }
        }
        """;

    private const string Submit = """
        mutation ($input: SubmitComplaintInput!) {
          submitComplaint(input: $input) {
            complaint { id status severity customer { id } }
            repeated
            errors { __typename ... on Error { message } ... on CustomerNotFoundError { customerId } }
          }
        }
        """;

    private const string Change = """
        complaint { id status history { kind actor text } }
        errors { __typename ... on Error { message } ... on InvalidStatusTransitionError { from to } }
        """;

    [Fact]
    public async Task Customers_are_registered_updated_and_get_interactions_with_typed_errors_for_bad_input()
    {
        var client = app.Client();
        var registered = (await client.DataAsync(Register, new { input = NewCustomer("Rosa Lind", "rosa.lind@example.com") })).GetProperty("registerCustomer");
        Assert.Equal(JsonValueKind.Null, registered.GetProperty("errors").ValueKind);
        var id = registered.GetProperty("customer").GetProperty("id").GetString()!;

        var invalid = (await client.DataAsync(Register, new { input = NewCustomer("Rosa Lind", "not-an-email") })).GetProperty("registerCustomer");
        Assert.Equal(JsonValueKind.Null, invalid.GetProperty("customer").ValueKind);
        Assert.Equal("ValidationError", invalid.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Contains("e-mail", invalid.GetProperty("errors")[0].GetProperty("message").GetString());

        const string update = "mutation ($input: UpdateCustomerInput!) { updateCustomer(input: $input) { customer { name segment } errors { __typename } } }";
        var updated = (await client.DataAsync(update, new { input = new { customerId = id, name = "Rosa Lind-Berg", email = "rosa@example.com", phone = (string?)null, preferredLanguage = "sv", preferredChannel = "EMAIL", segment = "BUSINESS" } })).GetProperty("updateCustomer");
        Assert.Equal("Rosa Lind-Berg", updated.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal("BUSINESS", updated.GetProperty("customer").GetProperty("segment").GetString());
        var missing = (await client.DataAsync(update, new { input = new { customerId = NodeId.Encode("Customer", Guid.NewGuid()), name = "X", email = "x@example.com", phone = (string?)null, preferredLanguage = "de", preferredChannel = "EMAIL", segment = "PRIVATE" } })).GetProperty("updateCustomer");
        Assert.Equal("CustomerNotFoundError", missing.GetProperty("errors")[0].GetProperty("__typename").GetString());

        var touchpoint = await TouchpointIdAsync();
        const string record = "mutation ($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { sentiment customer { name } } errors { __typename } } }";
        var recorded = (await client.DataAsync(record, new { input = new { customerId = id, touchpointId = touchpoint, summary = "Helpful hotline call", sentiment = "POSITIVE" } })).GetProperty("recordInteraction");
        Assert.Equal("Rosa Lind-Berg", recorded.GetProperty("interaction").GetProperty("customer").GetProperty("name").GetString());
        var wrongTouchpoint = (await client.DataAsync(record, new { input = new { customerId = id, touchpointId = id, summary = "x", sentiment = "NEUTRAL" } })).GetProperty("recordInteraction");
        Assert.Equal("TouchpointNotFoundError", wrongTouchpoint.GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Submit_stores_the_complaint_with_its_outbox_message_and_a_repeated_key_returns_the_first_complaint()
    {
        var client = app.Client();
        var customer = await CustomerIdAsync();
        var key = "test-" + Guid.NewGuid();
        var input = new { customerId = customer, touchpointId = await TouchpointIdAsync(), category = "BILLING", severity = "CRITICAL", text = "Charged twice for one order.", idempotencyKey = key };

        var first = (await client.DataAsync(Submit, new { input })).GetProperty("submitComplaint");
        Assert.Equal("RECEIVED", first.GetProperty("complaint").GetProperty("status").GetString());
        Assert.False(first.GetProperty("repeated").GetBoolean());
        var again = (await client.DataAsync(Submit, new { input })).GetProperty("submitComplaint");
        Assert.True(again.GetProperty("repeated").GetBoolean());
        Assert.Equal(first.GetProperty("complaint").GetProperty("id").GetString(), again.GetProperty("complaint").GetProperty("id").GetString());

        var complaintId = NodeId.Decode(first.GetProperty("complaint").GetProperty("id").GetString()!, ComplaintNode.TypeName);
        var (stored, messages) = await app.WithDbAsync(async db => (
            await db.Complaints.CountAsync(c => c.IdempotencyKey == key, TestContext.Current.CancellationToken),
            (await db.OutboxMessages.Where(m => m.MessageType == typeof(ComplaintSubmitted).FullName).Select(m => m.Payload).ToListAsync(TestContext.Current.CancellationToken))
                .Count(payload => payload.Contains(complaintId.ToString(), StringComparison.Ordinal))));
        Assert.Equal(1, stored);
        Assert.Equal(1, messages);

        var unknown = (await client.DataAsync(Submit, new { input = input with { customerId = NodeId.Encode("Customer", Guid.NewGuid()), idempotencyKey = "test-" + Guid.NewGuid() } })).GetProperty("submitComplaint");
        Assert.Equal("CustomerNotFoundError", unknown.GetProperty("errors")[0].GetProperty("__typename").GetString());
        var empty = (await client.DataAsync(Submit, new { input = input with { text = " ", idempotencyKey = "test-" + Guid.NewGuid() } })).GetProperty("submitComplaint");
        Assert.Equal("ValidationError", empty.GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Complaints_follow_the_status_machine_and_a_wrong_step_is_a_typed_error()
    {
        var client = app.Client();
        var input = new { customerId = await CustomerIdAsync(), touchpointId = await TouchpointIdAsync(), category = "DELIVERY_DELAY", severity = "HIGH", text = "Late again.", idempotencyKey = "test-" + Guid.NewGuid() };
        var id = (await client.DataAsync(Submit, new { input })).GetProperty("submitComplaint").GetProperty("complaint").GetProperty("id").GetString()!;

        var early = await ChangeAsync("acknowledgeComplaint", "AcknowledgeComplaintInput", new { complaintId = id });
        Assert.Equal("InvalidStatusTransitionError", early.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("RECEIVED", early.GetProperty("errors")[0].GetProperty("from").GetString());

        await WorkerStandIn.RouteToChiefAsync(app, NodeId.Decode(id, ComplaintNode.TypeName));
        Assert.Equal("ACKNOWLEDGED", Status(await ChangeAsync("acknowledgeComplaint", "AcknowledgeComplaintInput", new { complaintId = id, actor = "owner@example.com" })));
        var noted = await ChangeAsync("addComplaintNote", "AddComplaintNoteInput", new { complaintId = id, text = "Called the carrier." });
        Assert.Contains(noted.GetProperty("complaint").GetProperty("history").EnumerateArray(), h => h.GetProperty("text").GetString() == "Called the carrier." && h.GetProperty("actor").GetString() == "configuration");
        Assert.Equal("RESOLVED", Status(await ChangeAsync("resolveComplaint", "ResolveComplaintInput", new { complaintId = id, resolution = "Delivered today." })));
        var twice = await ChangeAsync("resolveComplaint", "ResolveComplaintInput", new { complaintId = id, resolution = "Again." });
        Assert.Equal("InvalidStatusTransitionError", twice.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("ACKNOWLEDGED", Status(await ChangeAsync("reopenComplaint", "ReopenComplaintInput", new { complaintId = id, reason = "Parcel was damaged." })));
        var missing = await ChangeAsync("addComplaintNote", "AddComplaintNoteInput", new { complaintId = NodeId.Encode("Complaint", Guid.NewGuid()), text = "x" });
        Assert.Equal("ComplaintNotFoundError", missing.GetProperty("errors")[0].GetProperty("__typename").GetString());
        var blankNote = await ChangeAsync("addComplaintNote", "AddComplaintNoteInput", new { complaintId = id, text = " " });
        Assert.Equal("ValidationError", blankNote.GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    private async Task<JsonElement> ChangeAsync(string mutation, string inputType, object input) =>
        (await app.Client().DataAsync($"mutation ($input: {inputType}!) {{ {mutation}(input: $input) {{ {Change} }} }}", new { input })).GetProperty(mutation);

    private static string? Status(JsonElement payload) => payload.GetProperty("complaint").GetProperty("status").GetString();

    private async Task<string> CustomerIdAsync() =>
        (await app.Client().DataAsync("{ customers(first: 1) { nodes { id } } }")).GetProperty("customers").GetProperty("nodes")[0].GetProperty("id").GetString()!;

    private async Task<string> TouchpointIdAsync() =>
        (await app.Client().DataAsync("{ touchpoints(first: 1) { nodes { id } } }")).GetProperty("touchpoints").GetProperty("nodes")[0].GetProperty("id").GetString()!;

    private static object NewCustomer(string name, string email) =>
        new { name, email, phone = "+46 8 123 456", preferredLanguage = "sv", preferredChannel = "EMAIL", segment = "PRIVATE" };
}
