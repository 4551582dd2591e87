using CustomerCentric.Testing;

// One PostgreSQL, one Redis and one RabbitMQ server for the whole run; each test class hosts the admin over a database of its own.
[assembly: AssemblyFixture(typeof(PostgresFixture))]
[assembly: AssemblyFixture(typeof(RedisFixture))]
[assembly: AssemblyFixture(typeof(RabbitMqFixture))]
