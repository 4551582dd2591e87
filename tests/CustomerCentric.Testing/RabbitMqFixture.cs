using CustomerCentric.Hosting.RabbitMq;
using Xunit;

namespace CustomerCentric.Testing;

/// <summary>One RabbitMQ node (with management) per test assembly: <c>[assembly: AssemblyFixture(typeof(RabbitMqFixture))]</c>.</summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    public RabbitMqServer Server { get; } = new();

    /// <summary>"amqp://guest:guest@127.0.0.1:port/".</summary>
    public string ConnectionString => Server.ConnectionString;

    public Uri ManagementUri => Server.ManagementUri;

    public async ValueTask InitializeAsync() => await Server.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
