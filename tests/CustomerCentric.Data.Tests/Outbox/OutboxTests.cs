using CustomerCentric.Data.Outbox;
using CustomerCentric.Data.Provider;
using CustomerCentric.Data.Tests.Persistence;
using CustomerCentric.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using CustomerCentric.Testing;

namespace CustomerCentric.Data.Tests.Outbox;

/// <summary>An outbox message lives and dies with the change it announces.</summary>
public sealed class OutboxTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private sealed record ComplaintSubmitted(Guid ComplaintId, Severity Severity);

    [Fact]
    public async Task The_message_is_committed_with_the_change()
    {
        var world = new TestEntities();
        var complaint = world.SubmitComplaint();

        await using (var db = database.CreateContext())
        {
            world.AddTo(db);
            db.Complaints.Add(complaint);
            new DbContextOutbox(db, TimeProvider.System).Enqueue(
                new ComplaintSubmitted(complaint.Id, complaint.Severity), new Dictionary<string, string> { ["correlation-id"] = "c-1" });
            await db.SaveChangesAsync(_ct);
        }

        await using var read = database.CreateContext();
        Assert.True(await read.Complaints.AnyAsync(c => c.Id == complaint.Id, _ct));
        var message = await SingleMessageForAsync(read, complaint.Id);
        Assert.Equal(typeof(ComplaintSubmitted).FullName, message.MessageType);
        Assert.Null(message.SentAt);
        Assert.Equal(0, message.Attempts);
        Assert.Equal("c-1", message.Headers["correlation-id"]);
        Assert.Contains("\"severity\": \"High\"", message.Payload);
    }

    [Fact]
    public async Task The_message_is_rolled_back_with_the_change()
    {
        var world = new TestEntities();
        var complaint = world.SubmitComplaint();

        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(_ct);
            world.AddTo(db);
            db.Complaints.Add(complaint);
            new DbContextOutbox(db, TimeProvider.System).Enqueue(new ComplaintSubmitted(complaint.Id, complaint.Severity));
            await db.SaveChangesAsync(_ct);
            await transaction.RollbackAsync(_ct);
        }

        await using var read = database.CreateContext();
        Assert.False(await read.Complaints.AnyAsync(c => c.Id == complaint.Id, _ct));
        Assert.Equal(0, await CountMessagesForAsync(read, complaint.Id));
    }

    [Fact]
    public async Task The_message_is_not_written_when_the_change_fails()
    {
        var world = new TestEntities();
        var key = $"portal-{Guid.NewGuid():N}";
        await world.SaveAsync(database, _ct, world.SubmitComplaint(key));

        var duplicate = world.SubmitComplaint(key);
        await using (var db = database.CreateContext())
        {
            db.Complaints.Add(duplicate);
            new DbContextOutbox(db, TimeProvider.System).Enqueue(new ComplaintSubmitted(duplicate.Id, duplicate.Severity));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(_ct));
        }

        await using var read = database.CreateContext();
        Assert.Equal(0, await CountMessagesForAsync(read, duplicate.Id));
    }

    [Fact]
    public async Task Two_dispatchers_claim_disjoint_batches_with_skip_locked()
    {
        await using (var db = database.CreateContext())
        {
            var outbox = new DbContextOutbox(db, TimeProvider.System);
            for (var i = 0; i < 10; i++)
            {
                outbox.Enqueue(new ComplaintSubmitted(Guid.CreateVersion7(), Severity.Low));
            }

            await db.SaveChangesAsync(_ct);
        }

        // What the dispatcher (a later issue) will run: the oldest unsent rows, skipping those another one holds.
        const string claim = """
            SELECT id FROM outbox_messages WHERE sent_at IS NULL
            ORDER BY created_at LIMIT 4 FOR UPDATE SKIP LOCKED
            """;
        await using var first = await database.OpenConnectionAsync(_ct);
        await using var second = await database.OpenConnectionAsync(_ct);
        await using var firstTransaction = await first.BeginTransactionAsync(_ct);
        await using var secondTransaction = await second.BeginTransactionAsync(_ct);

        var firstBatch = await ReadIdsAsync(new NpgsqlCommand(claim, first, firstTransaction));
        var secondBatch = await ReadIdsAsync(new NpgsqlCommand(claim, second, secondTransaction));

        Assert.Equal(4, firstBatch.Count);
        Assert.Equal(4, secondBatch.Count);
        Assert.Empty(firstBatch.Intersect(secondBatch));
    }

    [Fact]
    public async Task A_row_reserved_for_its_writer_is_not_announced_and_not_claimed_before_its_reservation_ends()
    {
        var provider = PostgreSqlProvider.Instance;
        await using var announcements = await provider.ListenForOutboxAsync(database.ConnectionString, _ct);
        var now = DateTimeOffset.UtcNow;
        OutboxMessage reserved;
        await using (var db = database.CreateContext())
        {
            reserved = new DbContextOutbox(db, TimeProvider.System).Enqueue(new ComplaintSubmitted(Guid.CreateVersion7(), Severity.Low));
            reserved.ReserveForWriter(now.AddSeconds(30));
            await db.SaveChangesAsync(_ct);
        }

        Assert.False(await announcements.WaitAsync(TimeSpan.FromMilliseconds(500), _ct));
        Assert.DoesNotContain(reserved.Id, await ClaimAsync(now));
        Assert.Contains(reserved.Id, await ClaimAsync(now.AddSeconds(31)));

        // A row a dispatcher may take at once is announced.
        await using (var db = database.CreateContext())
        {
            new DbContextOutbox(db, TimeProvider.System).Enqueue(new ComplaintSubmitted(Guid.CreateVersion7(), Severity.Low));
            await db.SaveChangesAsync(_ct);
        }

        Assert.True(await announcements.WaitAsync(TimeSpan.FromSeconds(10), _ct));
    }

    [Fact]
    public async Task A_claimed_row_is_leased_not_claimed_again_before_the_lease_ends_and_a_failed_one_waits_for_its_retry_time()
    {
        // Whole microseconds: what PostgreSQL stores.
        var now = DateTimeOffset.UtcNow;
        now = now.AddTicks(-(now.Ticks % 10));
        OutboxMessage leased;
        OutboxMessage failed;
        await using (var db = database.CreateContext())
        {
            var outbox = new DbContextOutbox(db, TimeProvider.System);
            leased = outbox.Enqueue(new ComplaintSubmitted(Guid.CreateVersion7(), Severity.Low));
            failed = outbox.Enqueue(new ComplaintSubmitted(Guid.CreateVersion7(), Severity.Low));
            await db.SaveChangesAsync(_ct);
        }

        await using (var db = database.CreateContext())
        {
            var claimed = await PostgreSqlProvider.Instance.ClaimUnsentOutboxMessagesAsync(db, now, now.AddSeconds(10), 1000, null, _ct);
            Assert.Contains(leased.Id, claimed.Select(m => m.Id));
            Assert.All(claimed, m => Assert.Equal(now.AddSeconds(10), m.AvailableAt));

            // What the dispatcher does with a failed publish: the row waits for its retry time instead.
            var row = claimed.Single(m => m.Id == failed.Id);
            db.OutboxMessages.Attach(row);
            row.RecordFailedAttempt("broker unreachable", now.AddSeconds(20));
            await db.SaveChangesAsync(_ct);
        }

        var again = await ClaimAsync(now.AddSeconds(5));
        Assert.DoesNotContain(leased.Id, again);
        Assert.DoesNotContain(failed.Id, again);
        var afterLease = await ClaimAsync(now.AddSeconds(11));
        Assert.Contains(leased.Id, afterLease);
        Assert.DoesNotContain(failed.Id, afterLease);
        Assert.Contains(failed.Id, await ClaimAsync(now.AddSeconds(21)));
    }

    [Fact]
    public async Task Sent_marks_record_each_row_s_own_confirm_time_in_the_caller_s_transaction_or_in_one_of_their_own()
    {
        var confirmed = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        List<OutboxMessage> rows;
        await using (var db = database.CreateContext())
        {
            var outbox = new DbContextOutbox(db, TimeProvider.System);
            rows = [.. Enumerable.Range(0, 4).Select(_ => outbox.Enqueue(new ComplaintSubmitted(Guid.CreateVersion7(), Severity.Low)))];
            await db.SaveChangesAsync(_ct);
        }

        await using (var db = database.CreateContext())
        {
            // Outside a transaction: committed by the call.
            Assert.Equal(2, await PostgreSqlProvider.Instance.MarkOutboxMessagesSentAsync(
                db, [new(rows[0].Id, confirmed), new(rows[1].Id, confirmed.AddSeconds(1))], _ct));

            // Inside one: rolled back with it.
            await using var transaction = await db.Database.BeginTransactionAsync(_ct);
            Assert.Equal(1, await PostgreSqlProvider.Instance.MarkOutboxMessagesSentAsync(db, [new(rows[2].Id, confirmed)], _ct));
            await transaction.RollbackAsync(_ct);
        }

        await using var read = database.CreateContext();
        var ids = rows.Select(r => r.Id).ToList();
        var stored = await read.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, _ct);
        Assert.Equal((confirmed, 1), (stored[rows[0].Id].SentAt, stored[rows[0].Id].Attempts));
        Assert.Equal((confirmed.AddSeconds(1), 1), (stored[rows[1].Id].SentAt, stored[rows[1].Id].Attempts));
        Assert.Equal(((DateTimeOffset?)null, 0), (stored[rows[2].Id].SentAt, stored[rows[2].Id].Attempts));
        Assert.Null(stored[rows[3].Id].SentAt);
    }

    [Fact]
    public async Task A_claim_of_recent_rows_leaves_older_unsent_rows_to_a_claim_of_all()
    {
        var now = DateTimeOffset.UtcNow;
        now = now.AddTicks(-(now.Ticks % 10));
        // Rows as a writer leaves them: an older one (committed late, or retried after a failure) and a fresh one.
        var older = new OutboxMessage(Guid.CreateVersion7(), typeof(ComplaintSubmitted).FullName!, "{}", new Dictionary<string, string>(), now.AddMinutes(-1));
        var fresh = new OutboxMessage(Guid.CreateVersion7(), typeof(ComplaintSubmitted).FullName!, "{}", new Dictionary<string, string>(), now.AddSeconds(-1));
        await using (var db = database.CreateContext())
        {
            db.OutboxMessages.AddRange(older, fresh);
            await db.SaveChangesAsync(_ct);
        }

        var recent = await ClaimAsync(now, createdSince: now.AddSeconds(-5));
        Assert.Contains(fresh.Id, recent);
        Assert.DoesNotContain(older.Id, recent);
        var all = await ClaimAsync(now);
        Assert.Contains(older.Id, all);
        Assert.DoesNotContain(fresh.Id, all);
    }

    private async Task<List<Guid>> ClaimAsync(DateTimeOffset now, DateTimeOffset? createdSince = null)
    {
        await using var db = database.CreateContext();
        return [.. (await PostgreSqlProvider.Instance.ClaimUnsentOutboxMessagesAsync(db, now, now.AddSeconds(1), 1000, createdSince, _ct)).Select(m => m.Id)];
    }

    private async Task<List<Guid>> ReadIdsAsync(NpgsqlCommand command)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(_ct);
            var ids = new List<Guid>();
            while (await reader.ReadAsync(_ct))
            {
                ids.Add(reader.GetGuid(0));
            }

            return ids;
        }
    }

    private async Task<OutboxMessage> SingleMessageForAsync(CustomerCentricDbContext db, Guid complaintId)
        => await db.OutboxMessages
            .FromSql($"SELECT * FROM outbox_messages WHERE payload->>'complaintId' = {complaintId.ToString()}")
            .SingleAsync(_ct);

    private async Task<int> CountMessagesForAsync(CustomerCentricDbContext db, Guid complaintId)
        => await db.OutboxMessages
            .FromSql($"SELECT * FROM outbox_messages WHERE payload->>'complaintId' = {complaintId.ToString()}")
            .CountAsync(_ct);
}
