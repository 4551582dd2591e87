using CustomerCentric.Testing;

// One PostgreSQL server (started by the launcher) for the whole test run; each test class gets its own database.
[assembly: AssemblyFixture(typeof(PostgresFixture))]
