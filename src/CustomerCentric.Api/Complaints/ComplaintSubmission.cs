using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Customers;
using CustomerCentric.Api.Schema.Errors;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Api.Schema.Touchpoints;
using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Data;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Domain;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Redis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomerCentric.Api.Complaints;

/// <summary>
/// Submits a complaint: stored with status Received together with its ComplaintSubmitted outbox message (one SaveChanges, one
/// transaction), answered at once. The idempotency key is looked up in Redis first (fast, with a time to live) and is
/// backed by the unique index, which also settles two submissions racing with the same key.
/// </summary>
public sealed class ComplaintSubmission(
    CustomerCentricDbContext db, IOutbox outbox, IExpiringKeys keys, TimeProvider time, IOptions<ApiOptions> options, ILogger<ComplaintSubmission> logger)
{
    public static string RedisKey(string idempotencyKey) => "cc:complaints:idempotency:" + idempotencyKey;

    public async Task<SubmitComplaintPayload> SubmitAsync(SubmitComplaintInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var key = input.IdempotencyKey?.Trim() ?? string.Empty;
        if (key.Length == 0)
        {
            return Failed(new ValidationError("Idempotency key is required.", "idempotencyKey"));
        }

        if (await FindRepeatAsync(key, cancellationToken) is { } repeat)
        {
            return new SubmitComplaintPayload(new ComplaintNode(repeat), Repeated: true, Errors: null);
        }

        var customerId = NodeId.DecodeOrNull(input.CustomerId, CustomerNode.TypeName);
        if (customerId is null || !await db.Customers.AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return Failed(new CustomerNotFoundError($"No customer has the ID '{input.CustomerId}'.", input.CustomerId));
        }

        var touchpointId = NodeId.DecodeOrNull(input.TouchpointId, TouchpointNode.TypeName);
        if (touchpointId is null || !await db.Touchpoints.AnyAsync(t => t.Id == touchpointId, cancellationToken))
        {
            return Failed(new TouchpointNotFoundError($"No touchpoint has the ID '{input.TouchpointId}'.", input.TouchpointId));
        }

        Complaint complaint;
        try
        {
            complaint = Complaint.Submit(customerId.Value, touchpointId.Value, input.Category, input.Severity, input.Text, key, time.GetUtcNow());
        }
        catch (DomainException exception)
        {
            return Failed(new ValidationError(exception.Message, null));
        }

        db.Complaints.Add(complaint);
        outbox.Enqueue(new ComplaintSubmitted(complaint.Id, complaint.SubmittedAt) { TouchpointId = complaint.TouchpointId, Severity = complaint.Severity.ToString() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another submission with the same key committed first (the unique index refused ours): answer with its complaint.
            db.ChangeTracker.Clear();
            var first = await FindStoredAsync(key, cancellationToken);
            if (first is null)
            {
                throw;
            }

            await RememberAsync(key, first.Id);
            return new SubmitComplaintPayload(new ComplaintNode(first), Repeated: true, Errors: null);
        }

        await RememberAsync(key, complaint.Id);
        return new SubmitComplaintPayload(new ComplaintNode(complaint), Repeated: false, Errors: null);
    }

    private static SubmitComplaintPayload Failed(ISubmitComplaintError error) => new(null, false, [error]);

    private async Task<Complaint?> FindRepeatAsync(string key, CancellationToken cancellationToken)
    {
        string? remembered = null;
        try
        {
            remembered = await keys.GetAsync(RedisKey(key));
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            // Redis is the fast path only; the unique index still answers.
            logger.LogWarning(exception, "Redis unavailable for the idempotency key lookup");
        }

        if (remembered is not null && Guid.TryParse(remembered, out var id)
            && await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is { } known)
        {
            return known;
        }

        return await FindStoredAsync(key, cancellationToken);
    }

    private Task<Complaint?> FindStoredAsync(string key, CancellationToken cancellationToken) =>
        db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.IdempotencyKey == key, cancellationToken);

    private async Task RememberAsync(string key, Guid complaintId)
    {
        try
        {
            await keys.SetIfAbsentAsync(RedisKey(key), complaintId.ToString(), options.Value.IdempotencyKeyLifetime);
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Redis unavailable to remember the idempotency key; the unique index still holds it");
        }
    }
}
