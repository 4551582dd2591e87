using CustomerCentric.Hosting.RabbitMq;

namespace CustomerCentric.Testing;

/// <summary>
/// One RabbitMQ node with the management plugin per test assembly: <c>[assembly: AssemblyFixture(typeof(RabbitMqFixture))]</c>.
/// <see cref="LocalServerFixture{TServer}.ConnectionString"/> is "amqp://guest:guest@127.0.0.1:port/".
/// </summary>
public sealed class RabbitMqFixture() : LocalServerFixture<RabbitMqServer>(new RabbitMqServer())
{
    public Uri ManagementUri => Server.ManagementUri;
}
