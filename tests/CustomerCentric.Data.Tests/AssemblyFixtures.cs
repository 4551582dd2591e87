using CustomerCentric.Data.Tests.Databases;

[assembly: AssemblyFixture(typeof(PostgresServerFixture))]
