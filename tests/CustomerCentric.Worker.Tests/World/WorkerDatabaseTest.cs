using CustomerCentric.Testing;

namespace CustomerCentric.Worker.Tests.World;

/// <summary>A test class with a worker database of its own: migrated and seeded before its first test, dropped after its last.</summary>
public abstract class WorkerDatabaseTest(PostgresFixture postgres) : IAsyncLifetime
{
    protected WorkerDatabase Database { get; } = new(postgres);

    protected CancellationToken Ct { get; } = TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => Database.InitializeAsync();

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
