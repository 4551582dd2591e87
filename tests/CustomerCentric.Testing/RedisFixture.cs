using CustomerCentric.Hosting.Redis;
using Xunit;

namespace CustomerCentric.Testing;

/// <summary>One Redis server per test assembly: <c>[assembly: AssemblyFixture(typeof(RedisFixture))]</c>.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    public RedisServer Server { get; } = new();

    /// <summary>"127.0.0.1:port" (StackExchange.Redis format).</summary>
    public string ConnectionString => Server.ConnectionString;

    public async ValueTask InitializeAsync() => await Server.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
