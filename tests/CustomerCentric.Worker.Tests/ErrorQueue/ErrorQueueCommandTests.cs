using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Testing;
using CustomerCentric.Worker.ErrorQueue;
using CustomerCentric.Worker.Tests.World;
using Microsoft.Extensions.Configuration;

namespace CustomerCentric.Worker.Tests.ErrorQueue;

/// <summary><c>errors list</c> and <c>errors replay</c> against the real error queue of a running worker.</summary>
public sealed class ErrorQueueCommandTests(PostgresFixture postgres, RabbitMqFixture rabbitMq, RedisFixture redis) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly WorkerDatabase _database = new(postgres);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Faulted_messages_are_listed_and_a_replayed_one_is_consumed_again_while_the_rest_stay()
    {
        var broker = await RabbitMqVirtualHost.CreateAsync(rabbitMq, _ct);
        // Without an active Chief Touchpoint Officer nothing can be routed: the consumer faults, and does not retry that.
        const string chief = "UPDATE touchpoint_owners SET is_active = {0} WHERE is_chief_touchpoint_officer";
        await _database.ExecuteAsync(string.Format(chief, "false"), _ct);
        using var worker = await WorkerHost.StartAsync(_database, broker, redis, _ct);
        var complaint = await _database.SubmitComplaintsAsync(1, seed: 61, _ct);
        // A poison message: it names no complaint, and no fix will ever make it routable.
        var poison = await _database.EnqueueAsync(new ComplaintSubmitted(Guid.NewGuid(), DateTimeOffset.UtcNow), _ct);
        var routable = await _database.OutboxIdOfAsync(complaint[0], _ct);

        var listed = await WaitForListAsync(broker, "2 message(s) in error queues");
        Assert.Contains($"{routable}\tcomplaint-submitted_error\tSystem.InvalidOperationException: No active Chief Touchpoint Officer", listed);
        Assert.Contains($"{poison}\tcomplaint-submitted_error\tCustomerCentric.Worker.IntegrationEvents.EventHandling.ComplaintNotFoundException", listed);
        // Listing takes nothing away.
        Assert.Contains("2 message(s) in error queues", (await RunAsync(broker, "list")).Output);

        await _database.ExecuteAsync(string.Format(chief, "true"), _ct);
        var replay = await RunAsync(broker, "replay", routable.ToString());
        Assert.Equal(0, replay.ExitCode);
        Assert.Contains($"replayed {routable}", replay.Output);
        Assert.Contains("1 message(s) replayed", replay.Output);

        await _database.WaitUntilRoutedAsync(complaint, Patience, _ct);
        var after = (await RunAsync(broker, "list")).Output;
        Assert.Contains("1 message(s) in error queues", after);
        Assert.Contains(poison.ToString(), after);
        Assert.DoesNotContain(routable.ToString(), after);

        var unknown = await RunAsync(broker, "replay", Guid.NewGuid().ToString());
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal(2, (await RunAsync(broker, "replay")).ExitCode);
        await worker.StopAsync(_ct);
    }

    private async Task<string> WaitForListAsync(string broker, string expected)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var output = (await RunAsync(broker, "list")).Output;
            if (output.Contains(expected, StringComparison.Ordinal) || DateTimeOffset.UtcNow > deadline)
            {
                Assert.Contains(expected, output);
                return output;
            }

            await Task.Delay(200, _ct);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string broker, params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:rabbitmq"] = broker })
            .Build();
        using var output = new StringWriter();
        var exitCode = await ErrorQueueCommand.RunAsync(args, configuration, output, _ct);
        return (exitCode, output.ToString());
    }
}
