// Starts the local stack: Redis, RabbitMQ and PostgreSQL on their usual ports (or free ones when those are taken),
// with data kept under .apphost/data. Ctrl+C or SIGTERM stops them in reverse order. The services join in a later issue.
using CustomerCentric.Hosting;
using CustomerCentric.Hosting.PostgreSql;
using CustomerCentric.Hosting.RabbitMq;
using CustomerCentric.Hosting.Redis;

var data = Path.Combine(RepositoryRoot(), ".apphost", "data");

var redis = new RedisServer(new RedisServerOptions { DataDirectory = Path.Combine(data, "redis"), PreferredPort = 6379 });
var rabbitMq = new RabbitMqServer(new RabbitMqServerOptions
{
    DataDirectory = Path.Combine(data, "rabbitmq"), PreferredAmqpPort = 5672, PreferredManagementPort = 15672,
});
var postgres = new PostgresServer(new PostgresServerOptions { DataDirectory = Path.Combine(data, "postgres"), PreferredPort = 5432 });
LocalServer[] servers = [redis, rabbitMq, postgres];

using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopping.Cancel(); };
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; stopping.Cancel(); });

var started = new List<LocalServer>();
try
{
    foreach (var server in servers)
    {
        await server.StartAsync(stopping.Token);
        started.Add(server);
    }

    Console.WriteLine($"{"resource",-10} {"endpoint",-70} {"pid",7} {"ready in",9}");
    Console.WriteLine($"{"redis",-10} {redis.ConnectionString,-70} {redis.ProcessId,7} {redis.StartDuration!.Value.TotalSeconds,8:0.0}s");
    Console.WriteLine($"{"rabbitmq",-10} {rabbitMq.ConnectionString,-70} {rabbitMq.ProcessId,7} {rabbitMq.StartDuration!.Value.TotalSeconds,8:0.0}s");
    Console.WriteLine($"{"",-10} {rabbitMq.ManagementUri + " (guest/guest)",-70}");
    Console.WriteLine($"{"postgres",-10} {postgres.ConnectionString,-70} {postgres.ProcessId,7} {postgres.StartDuration!.Value.TotalSeconds,8:0.0}s");
    Console.WriteLine($"data: {data}. Ctrl+C stops everything.");
    await Task.Delay(Timeout.Infinite, stopping.Token);
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    // Ctrl+C or SIGTERM: stop below
}
finally
{
    foreach (var server in Enumerable.Reverse(started))
    {
        await server.StopAsync();
        Console.WriteLine($"stopped {server.Name} in {server.StopDuration!.Value.TotalSeconds:0.0}s");
    }
}

static string RepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "CustomerCentric.sln")))
        {
            return folder.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
