using CustomerCentric.AppHost.Hosting.ApplicationModel;

namespace CustomerCentric.AppHost.Hosting.Servers;

/// <summary>A database on a PostgreSQL server: created when the server is healthy; it lives as long as the server runs.</summary>
public sealed class PostgresDatabaseResource : Resource, IResourceWithConnectionString
{
    private TaskCompletionSource<int>? exited;

    internal PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent)
        : base(name)
    {
        DatabaseName = databaseName;
        Parent = parent;
        WaitsForHealthy.Add(parent);
    }

    public string DatabaseName { get; }

    public PostgresServerResource Parent { get; }

    public string ConnectionString => Parent.Server.ConnectionStringFor(DatabaseName);

    public override string Kind => "database";

    internal override string? Endpoint => Parent.ProcessId is null ? null : $"tcp://127.0.0.1:{Parent.Server.Port}/{DatabaseName}";

    internal override int? ProcessId => null;

    internal override IReadOnlyList<int> ProcessIds => [];

    internal override string? LogFile => null;

    internal override Task<int>? Exited => exited?.Task;

    internal override void CheckPrerequisites(ResourceContext context, List<string> errors)
    {
        // the server resource checks PostgreSQL's programs
    }

    internal override async Task StartAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        await Parent.Server.CreateDatabaseAsync(DatabaseName, cancellationToken);
        exited = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    internal override Task<bool> IsHealthyAsync(CancellationToken cancellationToken) => Parent.IsHealthyAsync(cancellationToken);

    internal override Task StopAsync()
    {
        exited?.TrySetResult(0);
        return Task.CompletedTask;
    }
}
