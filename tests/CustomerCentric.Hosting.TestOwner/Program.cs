// Starts Redis, RabbitMQ and PostgreSQL (plus a psql session holding a PostgreSQL backend), prints one JSON line
// describing their processes and ports, then waits. Hosting.Tests kills it with SIGKILL and checks nothing survives;
// a line or the end of stdin (its own owner is gone) stops everything cleanly instead and prints the stop times.
using System.Text.Json;
using CustomerCentric.Hosting;
using CustomerCentric.Hosting.PostgreSql;
using CustomerCentric.Hosting.RabbitMq;
using CustomerCentric.Hosting.Redis;
using CustomerCentric.Hosting.Supervision;

LocalServer[] servers = [new RedisServer(), new RabbitMqServer(), new PostgresServer()];
await Task.WhenAll(servers.Select(server => server.StartAsync()));
var postgres = (PostgresServer)servers[2];

// a client session, so that the kill also has to end a PostgreSQL backend and a supervised tool
var session = await SupervisedProcess.StartAsync(new ProcessSpec(
    Path.Combine(postgres.BinDirectory, "psql"),
    ["-X", "-h", "127.0.0.1", "-p", $"{postgres.Port}", "-U", "postgres", "-d", postgres.DatabaseName, "-c", "SELECT pg_sleep(600)"],
    Path.Combine(postgres.Directory, "psql-session.log")));
while ((await postgres.QueryAsync("postgres", "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'")).Trim() == "0")
{
    await Task.Delay(50);
}

Console.WriteLine(JsonSerializer.Serialize(new
{
    ownerPid = Environment.ProcessId,
    servers = servers.Select(server => new
    {
        name = server.Name,
        supervisorPid = server.SupervisorProcessId,
        pid = server.ProcessId,
        ports = server.Ports,
        directory = (string?)server.Directory,
        startMs = server.StartDuration!.Value.TotalMilliseconds,
    }).Append(new { name = "psql", supervisorPid = session.SupervisorProcessId, pid = session.ProcessId, ports = (IReadOnlyList<int>)[], directory = (string?)null, startMs = 0.0 }),
}));

Console.ReadLine();
await session.StopAsync();
foreach (var server in servers.Reverse())
{
    await server.StopAsync();
}

Console.WriteLine(JsonSerializer.Serialize(servers.ToDictionary(server => server.Name, server => server.StopDuration!.Value.TotalMilliseconds)));
