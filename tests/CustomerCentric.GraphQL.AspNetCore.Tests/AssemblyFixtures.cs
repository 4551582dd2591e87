using CustomerCentric.Testing;

[assembly: AssemblyFixture(typeof(RedisFixture))]
