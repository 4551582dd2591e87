namespace CustomerCentric.Redis;

/// <summary>Fire-and-forget messages on named channels between processes (Redis pub/sub): subscribers that are away miss them.</summary>
public interface IPubSub
{
    /// <returns>How many subscribers received the message.</returns>
    Task<long> PublishAsync(string channel, string message);

    /// <summary>Calls <paramref name="handler"/> for each message on <paramref name="channel"/> until the result is disposed.</summary>
    Task<IAsyncDisposable> SubscribeAsync(string channel, Action<string> handler);
}
