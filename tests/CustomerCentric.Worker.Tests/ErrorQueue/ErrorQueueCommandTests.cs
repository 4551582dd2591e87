using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Testing;
using CustomerCentric.Worker.ErrorQueue;
using CustomerCentric.Worker.Tests.World;
using Microsoft.Extensions.Configuration;

namespace CustomerCentric.Worker.Tests.ErrorQueue;

/// <summary><c>errors list</c> and <c>errors replay</c> against the real error queue of a running worker.</summary>
public sealed class ErrorQueueCommandTests(PostgresFixture postgres, RabbitMqFixture rabbitMq, RedisFixture redis) : WorkerDatabaseTest(postgres)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Faulted_messages_are_listed_and_a_replayed_one_is_consumed_again_while_the_rest_stay()
    {
        var broker = await RabbitMqVirtualHost.CreateAsync(rabbitMq, Ct);
        // Without an active Chief Touchpoint Officer nothing can be routed: the consumer faults, and does not retry that.
        const string chief = "UPDATE touchpoint_owners SET is_active = {0} WHERE is_chief_touchpoint_officer";
        await Database.ExecuteAsync(string.Format(chief, "false"), Ct);
        using var worker = await WorkerHost.StartAsync(Database, broker, redis, Ct);
        var complaint = await Database.SubmitComplaintsAsync(1, seed: 61, Ct);
        // A poison message: it names no complaint, and no fix will ever make it routable.
        var poison = await Database.EnqueueAsync(new ComplaintSubmitted(Guid.NewGuid(), DateTimeOffset.UtcNow), Ct);
        var routable = await Database.OutboxIdOfAsync(complaint[0], Ct);

        var listed = await WaitForListAsync(broker, "2 message(s) in error queues");
        Assert.Contains($"{routable}\tcomplaint-submitted_error\tSystem.InvalidOperationException: No active Chief Touchpoint Officer", listed);
        Assert.Contains($"{poison}\tcomplaint-submitted_error\tCustomerCentric.Worker.IntegrationEvents.EventHandling.ComplaintNotFoundException", listed);
        // Listing takes nothing away.
        Assert.Contains("2 message(s) in error queues", (await RunAsync(broker, "list")).Output);

        await Database.ExecuteAsync(string.Format(chief, "true"), Ct);
        var replay = await RunAsync(broker, "replay", routable.ToString());
        Assert.Equal(0, replay.ExitCode);
        Assert.Contains($"replayed {routable}", replay.Output);
        Assert.Contains("1 message(s) replayed", replay.Output);

        await Database.WaitUntilRoutedAsync(complaint, Patience, Ct);
        var after = (await RunAsync(broker, "list")).Output;
        Assert.Contains("1 message(s) in error queues", after);
        Assert.Contains(poison.ToString(), after);
        Assert.DoesNotContain(routable.ToString(), after);

        var unknown = await RunAsync(broker, "replay", Guid.NewGuid().ToString());
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal(2, (await RunAsync(broker, "replay")).ExitCode);
        await worker.StopAsync(Ct);
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

            await Task.Delay(200, Ct);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string broker, params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:rabbitmq"] = broker })
            .Build();
        using var output = new StringWriter();
        var exitCode = await ErrorQueueCommand.RunAsync(args, configuration, output, Ct);
        return (exitCode, output.ToString());
    }
}
