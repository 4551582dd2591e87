using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Errors;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Data;
using CustomerCentric.Domain;
using CustomerCentric.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.Complaints;

/// <summary>
/// The status steps clients take on a complaint (acknowledge, resolve, reopen) and notes. The domain's status machine
/// decides; a refused step is a typed error, and a committed one is announced to subscribers through Redis.
/// </summary>
public sealed class ComplaintChanges(CustomerCentricDbContext db, ComplaintUpdates updates, TimeProvider time)
{
    public Task<ComplaintChangePayload> AcknowledgeAsync(string complaintId, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(complaintId, "Acknowledged", c => c.Acknowledge(actor, Now(c)), cancellationToken);

    public Task<ComplaintChangePayload> ResolveAsync(string complaintId, string actor, string resolution, CancellationToken cancellationToken) =>
        ChangeAsync(complaintId, "Resolved", c => c.Resolve(actor, Now(c), resolution), cancellationToken);

    public Task<ComplaintChangePayload> ReopenAsync(string complaintId, string actor, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(complaintId, "Reopened", c => c.Reopen(actor, Now(c), reason), cancellationToken);

    public Task<ComplaintChangePayload> AddNoteAsync(string complaintId, string actor, string text, CancellationToken cancellationToken) =>
        ChangeAsync(complaintId, "NoteAdded", c => c.AddNote(actor, Now(c), text), cancellationToken);

    // Never before the last step (clocks of two instances may differ by a little; the history must stay in order).
    private DateTimeOffset Now(Complaint complaint)
    {
        var now = time.GetUtcNow();
        return complaint.History.Count > 0 && complaint.History[^1].At > now ? complaint.History[^1].At : now;
    }

    private async Task<ComplaintChangePayload> ChangeAsync(string complaintId, string kind, Action<Complaint> change, CancellationToken cancellationToken)
    {
        var id = NodeId.DecodeOrNull(complaintId, ComplaintNode.TypeName);
        var complaint = id is null ? null : await db.Complaints.WithHistory().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null)
        {
            return Failed(new ComplaintNotFoundError($"No complaint has the ID '{complaintId}'.", complaintId));
        }

        try
        {
            change(complaint);
        }
        catch (InvalidStatusTransitionException exception)
        {
            return Failed(new InvalidStatusTransitionError(exception.Message, exception.From, exception.To));
        }
        catch (DomainException exception)
        {
            return Failed(new ValidationError(exception.Message, null));
        }

        // The concurrency token refuses a save over a change made meanwhile (the worker routing or escalating it).
        await db.SaveChangesAsync(cancellationToken);
        await updates.TryPublishAsync(new ComplaintUpdate(complaint.Id, complaint.AssigneeId, kind));
        return new ComplaintChangePayload(new ComplaintNode(complaint), null);
    }

    private static ComplaintChangePayload Failed(IComplaintChangeError error) => new(null, [error]);
}
