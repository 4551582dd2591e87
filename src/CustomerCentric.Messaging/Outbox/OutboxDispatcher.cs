using System.Threading.Channels;
using CustomerCentric.Data;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Data.Provider;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.Messaging.Outbox;

/// <summary>
/// Publishes what the transactional outbox holds. It claims unsent rows in batches with a lease
/// (<see cref="OutboxDispatcherOptions.ClaimLease"/>: one statement, SKIP LOCKED, so several dispatchers in several
/// processes share the table without sending a row twice at once), publishes each through MassTransit
/// (<see cref="OutboxPublisher"/>) with the row id as MessageId, and marks a row sent only after the broker confirmed it.
/// Failed rows are retried with exponential back-off (their retry time is their AvailableAt). It wakes up when a commit
/// announces new rows, and polls in case a wake-up is lost; most claims look only at recently created rows
/// (<see cref="OutboxDispatcherOptions.AnnouncedRowsWindow"/>), one at least every poll interval at all of them. Rows their writer publishes itself (reserved, see
/// <see cref="OutboxPublisher.Reserve"/>) are left to the writer until the reservation ends, then taken over: the fallback
/// when the writer crashed first. Delivery is at least once: a dispatcher that stops or crashes between a claim and its
/// marks leaves the rows to be claimed again when the lease ends, and sent again, with the same MessageId.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxPublisher publisher,
    OutboxDispatcherOptions options,
    OutboxPublishHealth health,
    OutboxSentMarks sentMarks,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    // A token whenever new rows may be waiting (an announcement, or a poll interval passed): it wakes one idle loop, or,
    // when all are busy, stays for the first to finish, so no wake-up is lost and one commit does not wake every loop.
    private readonly Channel<bool> _work = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    // When (UTC ticks) the next claim of all unsent rows is due; the claims in between look only at the rows created within
    // AnnouncedRowsWindow, which is where announced rows are.
    private long _fullClaimDue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Concurrency);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ClaimLease, options.PublishTimeout);
        // Several loops, so rows committed while one loop waits for its batch's confirms are claimed at once by another
        // instead of waiting a whole round; SKIP LOCKED keeps them from claiming the same rows.
        var loops = Enumerable.Range(0, options.Concurrency).Select(_ => DispatchLoopAsync(stoppingToken)).ToList();
        await ListenAsync(stoppingToken);
        await Task.WhenAll(loops);
    }

    private async Task DispatchLoopAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var failures = 0;
        // A full batch leaves more behind, perhaps older rows: claim all again at once.
        var backlog = true;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                int claimed;
                try
                {
                    var outcome = await DispatchBatchAsync(full: FullClaimDue(backlog), stoppingToken);
                    claimed = outcome.Claimed;
                    failures = outcome.AllFailed ? failures + 1 : 0;
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    failures++;
                    claimed = 0;
                    logger.LogWarning(e, "Outbox dispatch failed ({Failures} in a row)", failures);
                }

                backlog = claimed >= options.BatchSize || failures > 0;

                if (failures > 0)
                {
                    // The database or the broker is down: wait before the next round instead of spinning.
                    await Task.Delay(options.RetryDelay(failures), time, stoppingToken);
                }
                else if (claimed < options.BatchSize)
                {
                    await _work.Reader.ReadAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Wakes the loops on every announcement, and every poll interval in case one was lost.</summary>
    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        IOutboxAnnouncements? announcements = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                announcements ??= await TryListenAsync(stoppingToken);
                announcements = await WaitForWorkAsync(announcements, stoppingToken);
                _work.Writer.TryWrite(true);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (announcements is not null)
            {
                await announcements.DisposeAsync();
            }
        }
    }

    /// <summary>Whether this claim should look at all unsent rows: after a full batch, or when a poll interval passed since the last.</summary>
    private bool FullClaimDue(bool backlog)
    {
        var now = time.GetUtcNow().UtcTicks;
        var next = now + options.PollInterval.Ticks;
        if (backlog)
        {
            Volatile.Write(ref _fullClaimDue, next);
            return true;
        }

        var due = Volatile.Read(ref _fullClaimDue);
        // One loop takes it; the other goes on with recent rows.
        return now >= due && Interlocked.CompareExchange(ref _fullClaimDue, next, due) == due;
    }

    /// <summary>Claims (leases) all unsent rows available, at most a batch, publishes them and has them marked.</summary>
    /// <returns>How many rows were claimed, and whether every one of them failed.</returns>
    public Task<(int Claimed, bool AllFailed)> DispatchBatchAsync(CancellationToken cancellationToken) =>
        DispatchBatchAsync(full: true, cancellationToken);

    /// <param name="full">False: only rows created within <see cref="OutboxDispatcherOptions.AnnouncedRowsWindow"/>.</param>
    private async Task<(int Claimed, bool AllFailed)> DispatchBatchAsync(bool full, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustomerCentricDbContext>();
        var provider = DatabaseProviders.ForEfProvider(db.Database.ProviderName);
        var now = time.GetUtcNow();
        // Untracked: the sent rows are marked by one UPDATE, so change tracking would only cost.
        var rows = await provider.ClaimUnsentOutboxMessagesAsync(
            db, now, now + options.ClaimLease, options.BatchSize, full ? null : now - options.AnnouncedRowsWindow, cancellationToken);
        if (rows.Count == 0)
        {
            return (0, false);
        }

        // Published concurrently: each task completes when the broker confirmed that message.
        var errors = await Task.WhenAll(rows.Select(row => publisher.PublishAsync(row, cancellationToken)));
        var sentAt = time.GetUtcNow();
        var sent = new List<Guid>(rows.Count);
        var failed = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (errors[i] is not { } error)
            {
                sent.Add(rows[i].Id);
                continue;
            }

            failed++;
            db.OutboxMessages.Attach(rows[i]);
            rows[i].RecordFailedAttempt(error, sentAt + options.RetryDelay(rows[i].Attempts + 1));
        }

        // Only rows the broker confirmed, marked together with other batches' and the writers' a moment later (at a trickle a
        // mark of its own cost every row a transaction); the lease keeps other dispatchers away meanwhile, and a crash before
        // the mark leaves them leased, to be published again with the same MessageId once the lease ends.
        if (sent.Count > 0)
        {
            sentMarks.Add(sent, sentAt);
        }

        if (failed > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        OutboxPublisher.Published.Add(rows.Count - failed);
        if (failed < rows.Count)
        {
            health.Confirmed();
        }
        else
        {
            health.Failed(sentAt);
        }

        if (failed > 0)
        {
            OutboxPublisher.Failed.Add(failed);
            logger.LogWarning("Outbox: {Failed} of {Claimed} messages failed to publish; first error: {Error}",
                failed, rows.Count, errors.First(e => e is not null));
        }

        return (rows.Count, failed == rows.Count);
    }

    private async Task<IOutboxAnnouncements?> TryListenAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CustomerCentricDbContext>();
            var connectionString = db.Database.GetConnectionString()
                ?? throw new InvalidOperationException("The CustomerCentric DbContext has no connection string.");
            return await DatabaseProviders.ForEfProvider(db.Database.ProviderName).ListenForOutboxAsync(connectionString, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Outbox: cannot listen for announcements; polling every {Interval}", options.PollInterval);
            return null;
        }
    }

    /// <returns>The listener, or null when it failed and must be reopened.</returns>
    private async Task<IOutboxAnnouncements?> WaitForWorkAsync(IOutboxAnnouncements? announcements, CancellationToken cancellationToken)
    {
        if (announcements is null)
        {
            await Task.Delay(options.PollInterval, time, cancellationToken);
            return null;
        }

        try
        {
            await announcements.WaitAsync(options.PollInterval, cancellationToken);
            return announcements;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Outbox: the announcement listener failed; reopening it");
            await announcements.DisposeAsync();
            return null;
        }
    }
}
