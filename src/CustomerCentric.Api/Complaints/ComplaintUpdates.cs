using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using CustomerCentric.Redis;

namespace CustomerCentric.Api.Complaints;

/// <summary>
/// The backplane of the complaint subscriptions: changes are published on Redis channels (one per complaint, one per
/// assignee), so a client subscribed to any API instance hears changes made through, or consumed by, any other.
/// </summary>
public sealed class ComplaintUpdates(IPubSub pubSub, ILogger<ComplaintUpdates> logger)
{
    public static string ComplaintChannel(Guid complaintId) => "cc:complaint:" + complaintId.ToString("N");

    public static string AssigneeChannel(Guid ownerId) => "cc:owner-complaints:" + ownerId.ToString("N");

    public async Task PublishAsync(ComplaintUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var message = JsonSerializer.Serialize(update);
        await pubSub.PublishAsync(ComplaintChannel(update.ComplaintId), message);
        if (update.AssigneeId is { } owner)
        {
            await pubSub.PublishAsync(AssigneeChannel(owner), message);
        }
    }

    /// <summary>Like <see cref="PublishAsync"/>, but a Redis failure is logged rather than thrown (the change itself is committed).</summary>
    public async Task TryPublishAsync(ComplaintUpdate update)
    {
        try
        {
            await PublishAsync(update);
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Could not announce the change of complaint {ComplaintId} on Redis", update.ComplaintId);
        }
    }

    /// <summary>
    /// Subscribes to <paramref name="channel"/> now (so nothing published after this returns is missed) and gives its updates
    /// until <paramref name="cancellationToken"/> is cancelled or the enumeration stops; then the Redis subscription ends.
    /// </summary>
    public async Task<IAsyncEnumerable<ComplaintUpdate>> SubscribeAsync(string channel, CancellationToken cancellationToken)
    {
        // Bounded: a subscriber that stops reading loses the oldest updates rather than growing memory without limit.
        var updates = Channel.CreateBounded<ComplaintUpdate>(new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.DropOldest });
        var subscription = await pubSub.SubscribeAsync(channel, message =>
        {
            if (JsonSerializer.Deserialize<ComplaintUpdate>(message) is { } update)
            {
                updates.Writer.TryWrite(update);
            }
        });
        return Read(updates.Reader, subscription, cancellationToken);
    }

    private static async IAsyncEnumerable<ComplaintUpdate> Read(
        ChannelReader<ComplaintUpdate> reader, IAsyncDisposable subscription, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using (subscription)
        {
            await foreach (var update in reader.ReadAllAsync(cancellationToken))
            {
                yield return update;
            }
        }
    }
}
