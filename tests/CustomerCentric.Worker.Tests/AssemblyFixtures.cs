using CustomerCentric.Testing;

// One server of each kind for the whole run (started by the launchers); each test class gets its own database.
[assembly: AssemblyFixture(typeof(PostgresFixture))]
[assembly: AssemblyFixture(typeof(RabbitMqFixture))]
[assembly: AssemblyFixture(typeof(RedisFixture))]

// Sequential: the fault tests stop the shared RabbitMQ node and kill worker processes, and the machine has two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
