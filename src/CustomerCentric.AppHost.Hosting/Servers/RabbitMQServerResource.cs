using CustomerCentric.AppHost.Hosting.ApplicationModel;
using CustomerCentric.Hosting.RabbitMq;

namespace CustomerCentric.AppHost.Hosting.Servers;

/// <summary>A RabbitMQ node; the launcher always enables the management plugin (WithManagementPlugin chooses its port).</summary>
public sealed class RabbitMQServerResource(string name, int? port) : ServerResource<RabbitMqServer>(name)
{
    internal int? ManagementPort { get; set; }

    public override string Kind => "rabbitmq";

    internal override string? Endpoint => ProcessId is null ? null : $"amqp://127.0.0.1:{Server.AmqpPort}";

    internal override string? BaseUrl => ProcessId is null ? null : Server.ManagementUri.ToString();

    protected override RabbitMqServer CreateServer(ResourceContext context) =>
        new(new RabbitMqServerOptions
        {
            DataDirectory = context.DataDirectoryFor(this),
            PreferredAmqpPort = context.Port(port),
            PreferredManagementPort = context.Port(ManagementPort),
            StopTimeout = TimeSpan.FromSeconds(10),
        });
}
