using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Testing;

namespace CustomerCentric.Admin.Tests.FailedMessages;

/// <summary>The admin with the assembly's RabbitMQ node as its broker (ConnectionStrings:rabbitmq), as the AppHost starts it.</summary>
public sealed class BrokerAdminApp(PostgresFixture postgres, RedisFixture redis, RabbitMqFixture rabbitMq) : AdminApp(postgres, redis)
{
    public string BrokerConnectionString => rabbitMq.ConnectionString;

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["ConnectionStrings:rabbitmq"] = rabbitMq.ConnectionString };
}
