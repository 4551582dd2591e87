namespace CustomerCentric.Hosting.RabbitMq;

public sealed record RabbitMqServerOptions : LocalServerOptions
{
    /// <summary>AMQP port to use when it is free (the AppHost uses 5672); otherwise, and when null, a free one.</summary>
    public int? PreferredAmqpPort { get; init; }

    /// <summary>Management HTTP port to use when it is free (the AppHost uses 15672); otherwise a free one.</summary>
    public int? PreferredManagementPort { get; init; }

    /// <summary>Folder with rabbitmq-server and rabbitmqctl; null means /usr/lib/rabbitmq/bin.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>The node's name before "@localhost"; its data lives under this name, so keep it stable for a kept folder.</summary>
    public string NodeName { get; init; } = "customercentric";
}
