using CustomerCentric.Testing;

// One server of each kind for the whole run (started by the launchers); each test class gets its own database.
[assembly: AssemblyFixture(typeof(PostgresFixture))]
[assembly: AssemblyFixture(typeof(RabbitMqFixture))]
[assembly: AssemblyFixture(typeof(RedisFixture))]
