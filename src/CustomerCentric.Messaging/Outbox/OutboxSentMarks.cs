using System.Threading.Channels;
using CustomerCentric.Data;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Data.Provider;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.Messaging.Outbox;

/// <summary>
/// Records that the broker confirmed rows, published by their writer (<see cref="OutboxPublisher.PublishCommittedAsync"/>)
/// or by a dispatcher (<see cref="OutboxDispatcher"/>), gathered for <see cref="OutboxDispatcherOptions.SentMarkDelay"/> and
/// marked in one transaction: at a steady trickle each publish would otherwise cost a transaction of its own. The rows stay
/// reserved for their writer or leased to their dispatcher meanwhile, so no dispatcher sends them; marks lost with the process
/// (a crash, a failed mark) have a dispatcher send those rows again once the reservation or lease ends, with the same
/// MessageId. Stopping (disposal) marks what is pending.
/// </summary>
public sealed class OutboxSentMarks : IAsyncDisposable
{
    /// <summary>Rows marked per statement at most.</summary>
    public const int MaxBatch = 1000;

    private readonly Channel<OutboxSentMark> _marks = Channel.CreateUnbounded<OutboxSentMark>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly OutboxDispatcherOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxSentMarks> _logger;
    private readonly Task _loop;

    public OutboxSentMarks(IServiceScopeFactory scopes, OutboxDispatcherOptions options, TimeProvider time, ILogger<OutboxSentMarks> logger)
    {
        _scopes = scopes;
        _options = options;
        _time = time;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues marks for rows the broker confirmed at <paramref name="sentAt"/>.</summary>
    public void Add(IEnumerable<Guid> ids, DateTimeOffset sentAt)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var id in ids)
        {
            if (!_marks.Writer.TryWrite(new OutboxSentMark(id, sentAt)))
            {
                // Stopping: a dispatcher sends the row again after its reservation, as after a crash.
                _logger.LogDebug("Outbox: message {Id} was published while stopping and stays unmarked", id);
            }
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<OutboxSentMark>(MaxBatch);
        while (await _marks.Reader.WaitToReadAsync(CancellationToken.None))
        {
            if (!_stopping.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(_options.SentMarkDelay, _time, _stopping.Token);
                }
                catch (OperationCanceledException)
                {
                    // Stopping: mark what is pending now.
                }
            }

            while (_marks.Reader.TryRead(out var mark))
            {
                batch.Add(mark);
                if (batch.Count == MaxBatch)
                {
                    await MarkAsync(batch);
                }
            }

            await MarkAsync(batch);
        }
    }

    private async Task MarkAsync(List<OutboxSentMark> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CustomerCentricDbContext>();
            await DatabaseProviders.ForEfProvider(db.Database.ProviderName).MarkOutboxMessagesSentAsync(db, batch, CancellationToken.None);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Outbox: marking {Count} published messages sent failed; a dispatcher sends them again once their reservation or lease ends", batch.Count);
        }

        batch.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        _marks.Writer.TryComplete();
        await _stopping.CancelAsync();
        await _loop;
        _stopping.Dispose();
    }
}
