using System.Runtime.CompilerServices;
using CustomerCentric.Api.Complaints;
using CustomerCentric.Api.Persistence;
using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Owners;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.GraphQL.CodeFirst;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.Schema;

/// <summary>The subscription root, fed by Redis pub/sub (see <see cref="ComplaintUpdates"/>), so any instance can serve any client.</summary>
public sealed class Subscription
{
    [GraphQLDescription("The complaint each time it changes: routed, escalated, acknowledged, resolved, reopened, noted.")]
    public async Task<IAsyncEnumerable<ComplaintNode>> ComplaintUpdatedAsync(
        [GraphQLType("ID!")] string id,
        [Service] ComplaintUpdates updates,
        [Service] ReadDatabase database,
        CancellationToken cancellationToken,
        [GraphQLDescription("First send the complaint as it is now (read after the subscription is in place, so no change falls between).")] bool includeCurrent = false)
    {
        var complaintId = NodeId.Decode(id, ComplaintNode.TypeName);
        var changes = await updates.SubscribeAsync(ComplaintUpdates.ComplaintChannel(complaintId), cancellationToken);
        return Load(includeCurrent ? Prepend(new ComplaintUpdate(complaintId, null, "Current"), changes) : changes, database, cancellationToken);
    }

    [GraphQLDescription("Complaints as they are assigned to (routed or escalated to) the owner, and as they change while assigned.")]
    public Task<IAsyncEnumerable<ComplaintNode>> ComplaintsAssignedToAsync(
        [GraphQLType("ID!")] string ownerId, [Service] ComplaintUpdates updates, [Service] ReadDatabase database, CancellationToken cancellationToken) =>
        Changes(ComplaintUpdates.AssigneeChannel(NodeId.Decode(ownerId, OwnerNode.TypeName)), updates, database, cancellationToken);

    private static async Task<IAsyncEnumerable<ComplaintNode>> Changes(string channel, ComplaintUpdates updates, ReadDatabase database, CancellationToken cancellationToken) =>
        Load(await updates.SubscribeAsync(channel, cancellationToken), database, cancellationToken);

    private static async IAsyncEnumerable<ComplaintUpdate> Prepend(ComplaintUpdate first, IAsyncEnumerable<ComplaintUpdate> rest)
    {
        yield return first;
        await foreach (var update in rest)
        {
            yield return update;
        }
    }

    private static async IAsyncEnumerable<ComplaintNode> Load(
        IAsyncEnumerable<ComplaintUpdate> changes, ReadDatabase database, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var update in changes.WithCancellation(cancellationToken))
        {
            // The complaint as stored now: the message says what changed, the database says what it is.
            var complaint = await database.QueryAsync(db => db.Complaints.FirstOrDefaultAsync(c => c.Id == update.ComplaintId, cancellationToken));
            if (complaint is not null)
            {
                yield return new ComplaintNode(complaint);
            }
        }
    }
}
