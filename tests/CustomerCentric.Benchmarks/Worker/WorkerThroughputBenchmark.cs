using System.Diagnostics;
using System.Runtime;
using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Data;
using CustomerCentric.Data.Extensions;
using CustomerCentric.Data.Migrating;
using CustomerCentric.Data.Seeding;
using CustomerCentric.Hosting.PostgreSql;
using CustomerCentric.Hosting.RabbitMq;
using CustomerCentric.Hosting.Redis;
using CustomerCentric.Worker.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using RabbitMQ.Client;

namespace CustomerCentric.Benchmarks.Worker;

/// <summary>
/// <c>-- worker-throughput</c>: the worker (its own composition, in this process) on fresh local servers, against the
/// ceiling measured in the same run: raw RabbitMQ.Client publish-and-consume of persistent messages of the size the
/// worker's ComplaintSubmitted has on the wire, with publisher confirms. A complaint counts from the commit of its outbox
/// row to the broker's confirm of its ComplaintRouted (stored and published). Throughput: a burst written in
/// transactions of 100; latency: one complaint per transaction at a steady rate.
/// </summary>
public static class WorkerThroughputBenchmark
{
    public const string Argument = "worker-throughput";

    private const int Burst = 6000;
    private const int Rate = 200;
    private static readonly TimeSpan SteadyDuration = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static async Task RunAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine("Starting PostgreSQL, RabbitMQ and Redis ...");
        await using var postgres = new PostgresServer();
        await using var rabbitMq = new RabbitMqServer();
        await using var redis = new RedisServer();
        await Task.WhenAll(postgres.StartAsync(cancellationToken), rabbitMq.StartAsync(cancellationToken), redis.StartAsync(cancellationToken));
        var database = await postgres.CreateDatabaseAsync($"bench_worker_{Guid.NewGuid():N}", cancellationToken);
        await MigrateAndSeedAsync(database, cancellationToken);

        // Options built once, as the API's registration (AddCustomerCentricData) does. A connection pool of its own, as the
        // API, another process, has: in the worker's pool, the connections the open-loop steady submissions opened at
        // once (dozens when a moment lagged) stayed, and the worker's queries then went round all of them.
        var submitterDatabase = new NpgsqlConnectionStringBuilder(database) { ApplicationName = "complaint-submitter" }.ConnectionString;
        var options = new DbContextOptionsBuilder<CustomerCentricDbContext>().UseCustomerCentricDatabase(submitterDatabase).Options;
        Func<CustomerCentricDbContext> contexts = () => new(options);
        var submitter = await ComplaintSubmitter.CreateAsync(contexts, cancellationToken);
        using var ledger = new RoutedLedger(database);

        double workerThroughput;
        CpuSample burstCpu;
        CpuSample steadyCpu;
        LatencyFigures workerLatency;
        List<(string Stage, LatencyFigures Latency)> stageLatencies;
        int messageBytes;
        using (var worker = await StartWorkerAsync(database, rabbitMq.ConnectionString, redis.ConnectionString, cancellationToken))
        {
            messageBytes = await ProbeMessageBytesAsync(new Uri(rabbitMq.ConnectionString), submitter, ledger, cancellationToken);
            Console.WriteLine($"ComplaintSubmitted on the wire: {messageBytes:N0} bytes");

            await WarmUpAsync(submitter, ledger, cancellationToken);

            Console.WriteLine($"Worker: {Burst:N0} complaints at once ...");
            var before = await ledger.CountAsync(cancellationToken);
            var cpu = CpuSample.Take(postgres, rabbitMq);
            var started = DateTimeOffset.UtcNow;
            var ids = await SubmitBurstAsync(submitter, Burst, cancellationToken);
            await ledger.WaitForAsync(before + Burst, Patience, cancellationToken);
            burstCpu = CpuSample.Take(postgres, rabbitMq) - cpu;
            var routedAt = await ledger.RoutedAtAsync(cancellationToken);
            var last = ids.Max(id => routedAt[id]);
            workerThroughput = Burst / (last - started).TotalSeconds;

            Console.WriteLine($"Worker: {Rate}/s for {SteadyDuration.TotalSeconds:0} s ...");
            before = await ledger.CountAsync(cancellationToken);
            cpu = CpuSample.Take(postgres, rabbitMq);
            var committed = await SubmitSteadilyAsync(submitter, SteadyDuration, cancellationToken);
            await ledger.WaitForAsync(before + committed.Count, Patience, cancellationToken);
            steadyCpu = CpuSample.Take(postgres, rabbitMq) - cpu;
            routedAt = await ledger.RoutedAtAsync(cancellationToken);
            workerLatency = LatencyFigures.Of(committed.Select(c => routedAt[c.Id] - c.At).ToArray());
            var stages = await ledger.StagesAsync(cancellationToken);
            var steady = committed.Select(c => (c.At, Stage: stages[c.Id])).ToList();
            stageLatencies =
            [
                ("outbox committed -> ComplaintSubmitted confirmed", LatencyFigures.Of(steady.Select(s => s.Stage.Submitted - s.At).ToArray())),
                ("ComplaintSubmitted confirmed -> routed (in the routing transaction)", LatencyFigures.Of(steady.Select(s => s.Stage.Routed - s.Stage.Submitted).ToArray())),
                ("routed -> ComplaintRouted confirmed", LatencyFigures.Of(steady.Select(s => s.Stage.Announced - s.Stage.Routed).ToArray())),
            ];
            await worker.StopAsync(cancellationToken);
        }

        Console.WriteLine("Floor: the worker's writes and messages with raw clients ...");
        var floorDatabase = await postgres.CreateDatabaseAsync($"bench_floor_{Guid.NewGuid():N}", cancellationToken);
        await MigrateAndSeedAsync(floorDatabase, cancellationToken);
        double floorThroughput;
        CpuSample floorCpu;
        await using (var floor = await RawPipelineFloor.StartAsync(floorDatabase, new Uri(rabbitMq.ConnectionString), messageBytes, cancellationToken))
        {
            await floor.MeasureAsync(2000, Patience, cancellationToken); // warm-up
            var cpu = CpuSample.Take(postgres, rabbitMq);
            floorThroughput = await floor.MeasureAsync(Burst, Patience, cancellationToken);
            floorCpu = CpuSample.Take(postgres, rabbitMq) - cpu;
        }

        Console.WriteLine("Ceiling: raw RabbitMQ.Client ...");
        var ceiling = new RawRabbitMqCeiling(new Uri(rabbitMq.ConnectionString), messageBytes);
        await ceiling.MeasureThroughputAsync(5000, cancellationToken); // warm-up
        const int CeilingMessages = 30000;
        var ceilingCpuStart = CpuSample.Take(postgres, rabbitMq);
        var ceilingThroughput = await ceiling.MeasureThroughputAsync(CeilingMessages, cancellationToken);
        var ceilingCpu = CpuSample.Take(postgres, rabbitMq) - ceilingCpuStart;
        var ceilingLatency = await ceiling.MeasureLatencyAsync(Rate, SteadyDuration, cancellationToken);

        Console.WriteLine();
        Console.WriteLine($"worker-throughput, {Environment.ProcessorCount} cores, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, messages of {messageBytes:N0} bytes");
        Console.WriteLine($"| path | throughput | latency at {Rate}/s |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| ceiling: RabbitMQ.Client publish (confirmed, persistent) -> consume (acked) | {ceilingThroughput:N0} msg/s | {ceilingLatency} |");
        Console.WriteLine($"| worker: outbox row committed -> routed, stored, ComplaintRouted confirmed | {workerThroughput:N0} complaints/s | {workerLatency} |");
        Console.WriteLine($"| floor: the same writes and messages, raw Npgsql + RabbitMQ.Client, batches of 100, no rules, its own raw submitter | {floorThroughput:N0} complaints/s | |");
        Console.WriteLine();
        Console.WriteLine($"The worker's latency at {Rate}/s by stage (clock of this process; stages overlap by a commit at most):");
        foreach (var (stage, latency) in stageLatencies)
        {
            Console.WriteLine($"  {stage}: {latency}");
        }

        Console.WriteLine();
        Console.WriteLine("CPU per complaint (this process holds the worker and the submitter, which writes as the API would):");
        Console.WriteLine($"  {Burst:N0} at once: {burstCpu.PerComplaint(Burst)}");
        Console.WriteLine($"  {Rate}/s: {steadyCpu.PerComplaint((int)(Rate * SteadyDuration.TotalSeconds))}");
        Console.WriteLine($"  floor, {Burst:N0} at once: {floorCpu.PerComplaint(Burst)}");
        Console.WriteLine($"  ceiling, per message: {ceilingCpu.PerComplaint(CeilingMessages)}");

        Console.WriteLine();
        Console.WriteLine($"ratio floor/ceiling: {floorThroughput / ceilingThroughput:0.00}; worker/floor: {workerThroughput / floorThroughput:0.00}");
        Console.WriteLine($"ratio worker/ceiling: {workerThroughput / ceilingThroughput:0.00} (aim >= 0.50); worker p99 at {Rate}/s: {workerLatency.P99Milliseconds:0.0} ms (aim <= 20 ms)");
    }

    /// <summary>
    /// Bursts and steady submissions until the JIT has settled: tiered compilation goes on recompiling hot methods for a
    /// while after start, and a worker runs for days, so figures taken earlier would partly measure the compiler.
    /// </summary>
    private static async Task WarmUpAsync(ComplaintSubmitter submitter, RoutedLedger ledger, CancellationToken cancellationToken)
    {
        const int Rounds = 8;
        const long SettledBelow = 100;
        for (var round = 1; round <= Rounds; round++)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            var before = await ledger.CountAsync(cancellationToken);
            await SubmitBurstAsync(submitter, 1000, cancellationToken);
            var steady = await SubmitSteadilyAsync(submitter, TimeSpan.FromSeconds(2), cancellationToken);
            await ledger.WaitForAsync(before + 1000 + steady.Count, Patience, cancellationToken);
            // Tier-up waits for a quiet moment before it recompiles what was called often.
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            var recompiled = JitInfo.GetCompiledMethodCount() - compiled;
            Console.WriteLine($"Worker: warm-up round {round}: {recompiled:N0} methods compiled");
            if (recompiled < SettledBelow)
            {
                return;
            }
        }
    }

    private static async Task<List<(Guid Id, DateTimeOffset At)>> SubmitSteadilyAsync(
        ComplaintSubmitter submitter, TimeSpan duration, CancellationToken cancellationToken)
    {
        var committed = new List<(Guid Id, DateTimeOffset At)>();
        await SteadyRate.RunAsync(Rate, duration, async _ =>
        {
            var (one, at) = await submitter.SubmitAsync(1, cancellationToken);
            lock (committed)
            {
                committed.Add((one[0], at));
            }
        }, cancellationToken);
        return committed;
    }

    private static async Task<IReadOnlyList<Guid>> SubmitBurstAsync(ComplaintSubmitter submitter, int count, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>(count);
        for (var written = 0; written < count; written += 100)
        {
            ids.AddRange((await submitter.SubmitAsync(Math.Min(100, count - written), cancellationToken)).Ids);
        }

        return ids;
    }

    /// <summary>The size of one ComplaintSubmitted as the worker's dispatcher publishes it, caught by a queue of our own.</summary>
    private static async Task<int> ProbeMessageBytesAsync(Uri amqpUri, ComplaintSubmitter submitter, RoutedLedger ledger, CancellationToken cancellationToken)
    {
        await using var connection = await new ConnectionFactory { Uri = amqpUri }.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var probe = (await channel.QueueDeclareAsync(cancellationToken: cancellationToken)).QueueName;
        await channel.QueueBindAsync(probe, ComplaintSubmitted.EntityName, "", cancellationToken: cancellationToken);
        await submitter.SubmitAsync(1, cancellationToken);
        await ledger.WaitForAsync(1, Patience, cancellationToken);
        var message = await channel.BasicGetAsync(probe, autoAck: true, cancellationToken)
            ?? throw new InvalidOperationException("The probe queue caught no ComplaintSubmitted.");
        await channel.QueueDeleteAsync(probe, cancellationToken: cancellationToken);
        return message.Body.Length;
    }

    private static async Task MigrateAndSeedAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var services = new ServiceCollection().AddLogging().AddCustomerCentricData(connectionString).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().EnsureSeededAsync(cancellationToken);
    }

    private static async Task<IHost> StartWorkerAsync(string database, string rabbitMq, string redis, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = database,
            ["ConnectionStrings:rabbitmq"] = rabbitMq,
            ["ConnectionStrings:redis"] = redis,
        });
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddApplicationServices();
        var host = builder.Build();
        var clock = Stopwatch.StartNew();
        await host.StartAsync(cancellationToken);
        Console.WriteLine($"Worker started in {clock.Elapsed.TotalSeconds:0.0} s");
        return host;
    }
}
