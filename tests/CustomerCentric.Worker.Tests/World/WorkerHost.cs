using CustomerCentric.Data.Extensions;
using CustomerCentric.Messaging.Extensions;
using CustomerCentric.Testing;
using CustomerCentric.Worker.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.Worker.Tests.World;

/// <summary>The worker's own composition (<see cref="Extensions.Extensions.AddApplicationServices"/>) in this process, on the test servers.</summary>
public static class WorkerHost
{
    /// <param name="rabbitMq">The AMQP URI (a virtual host of the test's own, see <see cref="RabbitMqVirtualHost"/>).</param>
    public static Dictionary<string, string?> Configuration(WorkerDatabase database, string rabbitMq, RedisFixture redis) => new()
    {
        ["ConnectionStrings:postgres"] = database.ConnectionString,
        ["ConnectionStrings:rabbitmq"] = rabbitMq,
        ["ConnectionStrings:redis"] = redis.ConnectionString,
        ["Worker:SlaSweepInterval"] = "00:00:01",
        ["Worker:RuleSetPollInterval"] = "00:00:02",
        ["Worker:BusStallTimeout"] = "00:00:10",
    };

    public static async Task<IHost> StartAsync(
        WorkerDatabase database, string rabbitMq, RedisFixture redis, CancellationToken ct, TimeProvider? time = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(Configuration(database, rabbitMq, redis));
        builder.Logging.ClearProviders().AddProvider(new TestOutputLoggerProvider(TestContext.Current.TestOutputHelper));
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.AddApplicationServices();
        var host = builder.Build();
        await host.StartAsync(ct);
        return host;
    }

    /// <summary>A publisher without the worker, as the API is: the database's outbox and its dispatcher on the bus, no consumers.</summary>
    public static async Task<IHost> StartPublisherAsync(WorkerDatabase database, string rabbitMq, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(new TestOutputLoggerProvider(TestContext.Current.TestOutputHelper));
        builder.Services.AddCustomerCentricData(database.ConnectionString).AddCustomerCentricMessaging(rabbitMq);
        var host = builder.Build();
        await host.StartAsync(ct);
        return host;
    }
}
