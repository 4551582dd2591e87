using System.Runtime.Versioning;
using CustomerCentric.Testing;

[assembly: AssemblyFixture(typeof(RedisFixture))]
[assembly: AssemblyFixture(typeof(PostgresFixture))]
[assembly: AssemblyFixture(typeof(RabbitMqFixture))]

// these tests read /proc and run bash scripts: Linux only
[assembly: SupportedOSPlatform("linux")]
