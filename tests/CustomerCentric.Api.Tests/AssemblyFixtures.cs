using CustomerCentric.Testing;

// One server of each kind for the whole run (started by the launchers); each test class hosts the API over a database of its own.
[assembly: AssemblyFixture(typeof(PostgresFixture))]
[assembly: AssemblyFixture(typeof(RedisFixture))]
[assembly: AssemblyFixture(typeof(RabbitMqFixture))]
