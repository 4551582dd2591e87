using CustomerCentric.Messaging.ErrorQueue;

namespace CustomerCentric.Admin.Messaging;

/// <summary>
/// The admin's way to the broker's error queues: a client when ConnectionStrings:rabbitmq is set (the AppHost sets it),
/// none otherwise, in which case the Failed messages page says how to configure it.
/// </summary>
public sealed class ErrorQueueAccess(ErrorQueueClient? client, string? broker)
{
    public ErrorQueueClient? Client { get; } = client;

    /// <summary>The broker's host and port, for messages (never the credentials).</summary>
    public string? Broker { get; } = broker;

    public static ErrorQueueAccess From(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return new ErrorQueueAccess(null, null);
        }

        var uri = new Uri(connectionString);
        return new ErrorQueueAccess(new ErrorQueueClient(uri, "customercentric-admin"), $"{uri.Host}:{uri.Port}");
    }
}
