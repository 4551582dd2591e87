using CustomerCentric.Hosting;
using Xunit;

namespace CustomerCentric.Testing;

/// <summary>Starts one server for the whole test assembly and stops it (deleting its temporary folder) at the end.</summary>
public abstract class LocalServerFixture<TServer>(TServer server) : IAsyncLifetime
    where TServer : LocalServer
{
    public TServer Server { get; } = server;

    public string ConnectionString => Server.ConnectionString;

    public async ValueTask InitializeAsync() => await Server.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
