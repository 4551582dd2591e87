using System.Threading.Channels;
using CustomerCentric.Worker.IntegrationEvents.EventHandling;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.Worker.Routing;

/// <summary>
/// Group commit for routing: each consumer hands over its complaint and waits for its own outcome, while a loop routes
/// everything handed over since its last transaction began in one transaction (<see cref="ComplaintRouter"/>); two loops
/// take turns, so one group is read and evaluated while the other commits. PostgreSQL commits a few thousand transactions a second here; grouping lets the worker
/// route more complaints than that, and costs nothing when complaints come one at a time (a lone one goes at once).
/// Each message still succeeds or fails on its own: a complaint that does not exist fails only its message, and when a group's
/// transaction fails its complaints are routed again one per transaction, so a failure stays with the message that caused it.
/// </summary>
public sealed class RoutingGroupCommit : IAsyncDisposable
{
    /// <summary>Complaints per transaction at most.</summary>
    public const int MaxGroup = 100;

    /// <summary>
    /// Group transactions at once: while one waits for its commit, the next group is read and evaluated, so complaints
    /// arriving meanwhile do not wait a whole round.
    /// </summary>
    public const int Concurrency = 2;

    private readonly Channel<Request> _requests = Channel.CreateUnbounded<Request>();
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<RoutingGroupCommit> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _loops;

    // A complaint is in one group transaction at a time (a duplicate waits for the group routing it), so concurrent groups
    // never race over one complaint.
    private readonly Lock _gate = new();
    private readonly HashSet<Guid> _inFlight = [];
    private readonly List<Request> _heldBack = [];

    public RoutingGroupCommit(IServiceScopeFactory scopes, ILogger<RoutingGroupCommit> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _loops = [.. Enumerable.Range(0, Concurrency).Select(_ => Task.Run(RunAsync))];
    }

    /// <returns>True when this message routed it; false when it already was routed.</returns>
    /// <exception cref="ComplaintNotFoundException">No complaint has that id.</exception>
    public Task<bool> RouteAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var request = new Request(complaintId, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_requests.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(RoutingGroupCommit), "The worker is stopping.");
        }

        // Cancelled, the message is not acknowledged and comes back; its group may still route it, which the retry sees.
        return request.Outcome.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var group = new List<Request>(MaxGroup);
        while (await _requests.Reader.WaitToReadAsync(CancellationToken.None))
        {
            lock (_gate)
            {
                while (group.Count < MaxGroup && _requests.Reader.TryRead(out var request))
                {
                    if (_inFlight.Add(request.ComplaintId))
                    {
                        group.Add(request);
                    }
                    else
                    {
                        _heldBack.Add(request);
                    }
                }
            }

            if (group.Count > 0)
            {
                try
                {
                    await RouteGroupAsync(group);
                }
                finally
                {
                    Release(group);
                    group.Clear();
                }
            }
        }
    }

    /// <summary>Ends the group's hold on its complaints and hands the held-back duplicates to the next group.</summary>
    private void Release(List<Request> group)
    {
        List<Request> retry;
        lock (_gate)
        {
            foreach (var request in group)
            {
                _inFlight.Remove(request.ComplaintId);
            }

            retry = [.. _heldBack];
            _heldBack.Clear();
        }

        foreach (var request in retry)
        {
            if (!_requests.Writer.TryWrite(request))
            {
                request.Outcome.TrySetException(new ObjectDisposedException(nameof(RoutingGroupCommit), "The worker is stopping."));
            }
        }
    }

    private async Task RouteGroupAsync(List<Request> group)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var results = await scope.ServiceProvider.GetRequiredService<ComplaintRouter>()
                .RouteAsync([.. group.Select(r => r.ComplaintId)], _stopping.Token);
            var answered = new HashSet<Guid>();
            foreach (var request in group)
            {
                switch (results[request.ComplaintId])
                {
                    case RoutingResult.NotFound:
                        request.Outcome.TrySetException(new ComplaintNotFoundException(request.ComplaintId));
                        break;
                    default:
                        // A duplicate in the same group: only the first one routed it.
                        request.Outcome.TrySetResult(results[request.ComplaintId] == RoutingResult.Routed && answered.Add(request.ComplaintId));
                        break;
                }
            }
        }
        catch (Exception e) when (group.Count > 1 && !_stopping.IsCancellationRequested)
        {
            // One complaint may have failed the group: one transaction each, so every message gets its own outcome and
            // the others are not retried or sent to the error queue for it.
            _logger.LogDebug(e, "Routing a group of {Count} complaints failed; routing them one by one", group.Count);
            foreach (var request in group)
            {
                await RouteGroupAsync([request]);
            }
        }
        catch (Exception e)
        {
            _logger.LogDebug(e, "Routing complaint {ComplaintId} failed", group[0].ComplaintId);
            foreach (var request in group)
            {
                request.Outcome.TrySetException(e);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        await _stopping.CancelAsync();
        await Task.WhenAll(_loops);
        _stopping.Dispose();
    }

    private sealed record Request(Guid ComplaintId, TaskCompletionSource<bool> Outcome);
}
