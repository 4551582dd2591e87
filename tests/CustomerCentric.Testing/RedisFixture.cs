using CustomerCentric.Hosting.Redis;

namespace CustomerCentric.Testing;

/// <summary>
/// One Redis server per test assembly: <c>[assembly: AssemblyFixture(typeof(RedisFixture))]</c>, then take it in a test
/// class constructor. <see cref="LocalServerFixture{TServer}.ConnectionString"/> is "127.0.0.1:port".
/// </summary>
public sealed class RedisFixture() : LocalServerFixture<RedisServer>(new RedisServer());
