using CustomerCentric.GraphQL.AspNetCore.PersistedOperations;
using CustomerCentric.Hosting;
using CustomerCentric.Hosting.Redis;
using CustomerCentric.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.PersistedOperations;

/// <summary>Apollo's automatic persisted queries over POST and GET, with the in-memory store and with Redis (a real redis-server).</summary>
public sealed class PersistedOperationTests(RedisFixture redis)
{
    private const string Query = "query Greeting { hello }";
    private static readonly string Hash = PersistedOperationHash.Compute(Query);

    [Fact]
    // Expected value from `printf "{ hello }" | sha256sum`.
    public void The_hash_is_the_lowercase_hex_sha256_apollo_clients_send() =>
        Assert.Equal("001c3174e099bd72b729d0c0a529ba9f5a740c446e2a6e1d71b283cb84ec3065", PersistedOperationHash.Compute("{ hello }"));

    [Theory]
    [InlineData("application/graphql-response+json", 400)]
    [InlineData("application/json", 200)]
    public async Task An_unknown_hash_without_a_query_is_PersistedQueryNotFound(string accept, int status)
    {
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL.AddInMemoryPersistedOperations());

        var body = await ResponseBody.ReadAsync(await host.PostAsync(HashOnly(Hash), accept));

        Assert.Equal(status, body.Status);
        Assert.Equal("PersistedQueryNotFound", body.FirstError.GetProperty("message").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", body.FirstErrorCode);
    }

    [Fact]
    public async Task Hash_and_query_register_the_operation_and_later_requests_send_the_hash_alone_over_post_and_get()
    {
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL.AddInMemoryPersistedOperations());

        var registered = await ResponseBody.ReadAsync(await host.PostAsync(HashAndQuery(Hash, Query)));
        var byPost = await ResponseBody.ReadAsync(await host.PostAsync(HashOnly(Hash)));
        var byGet = await ResponseBody.ReadAsync(await host.GetAsync("?extensions=" + Uri.EscapeDataString(Extensions(Hash))));

        foreach (var body in new[] { registered, byPost, byGet })
        {
            Assert.Equal(200, body.Status);
            Assert.Equal("Hello, world!", body.Json.GetProperty("data").GetProperty("hello").GetString());
        }
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_query_is_refused_and_not_registered()
    {
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL.AddInMemoryPersistedOperations());
        var wrong = PersistedOperationHash.Compute("{ customers { id } }");

        var refused = await ResponseBody.ReadAsync(await host.PostAsync(HashAndQuery(wrong, Query)));
        var lookup = await ResponseBody.ReadAsync(await host.PostAsync(HashOnly(wrong)));

        Assert.Equal(400, refused.Status);
        Assert.Equal("provided sha does not match query", refused.FirstError.GetProperty("message").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", lookup.FirstErrorCode);
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_not_registered()
    {
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL.AddInMemoryPersistedOperations());
        const string invalid = "{ nope }";
        var hash = PersistedOperationHash.Compute(invalid);

        var first = await ResponseBody.ReadAsync(await host.PostAsync(HashAndQuery(hash, invalid)));
        var second = await ResponseBody.ReadAsync(await host.PostAsync(HashOnly(hash)));

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", first.FirstErrorCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", second.FirstErrorCode);
    }

    [Fact]
    public async Task Without_a_store_persisted_queries_are_not_supported()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var body = await ResponseBody.ReadAsync(await host.PostAsync(HashOnly(Hash)));

        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", body.FirstErrorCode);
    }

    [Fact]
    public async Task Only_persisted_operations_runs_known_operations_and_refuses_everything_else()
    {
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL.AddInMemoryPersistedOperations().ModifyOptions(o => o.OnlyPersistedOperations = true));
        var store = host.Services.GetRequiredService<IPersistedOperationStore>();
        await store.SaveAsync(Hash, Query, TestContext.Current.CancellationToken);
        const string other = "{ customers { name } }";

        var byHash = await ResponseBody.ReadAsync(await host.PostAsync(HashOnly(Hash)));
        var byText = await ResponseBody.ReadAsync(await host.PostAsync($$"""{"query":"{{Query}}"}"""));
        var unknown = await ResponseBody.ReadAsync(await host.PostAsync($$"""{"query":"{{other}}"}"""));
        var registration = await ResponseBody.ReadAsync(await host.PostAsync(HashAndQuery(PersistedOperationHash.Compute(other), other)));

        Assert.Equal("Hello, world!", byHash.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello, world!", byText.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("PERSISTED_QUERY_ONLY", unknown.FirstErrorCode);
        Assert.Equal(400, unknown.Status);
        Assert.Equal("PERSISTED_QUERY_ONLY", registration.FirstErrorCode);
        Assert.Null(await store.GetAsync(PersistedOperationHash.Compute(other), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_redis_store_shares_operations_between_server_instances()
    {
        var prefix = $"test:{Guid.NewGuid():N}:";
        await using var first = await GraphQLTestHost.StartAsync(graphQL => graphQL.AddRedisPersistedOperations(redis.ConnectionString, prefix: prefix));
        await using var second = await GraphQLTestHost.StartAsync(graphQL => graphQL.AddRedisPersistedOperations(redis.ConnectionString, prefix: prefix));

        var before = await ResponseBody.ReadAsync(await second.PostAsync(HashOnly(Hash)));
        var registered = await ResponseBody.ReadAsync(await first.PostAsync(HashAndQuery(Hash, Query)));
        var elsewhere = await ResponseBody.ReadAsync(await second.GetAsync("?extensions=" + Uri.EscapeDataString(Extensions(Hash))));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", before.FirstErrorCode);
        Assert.Equal(200, registered.Status);
        Assert.Equal("Hello, world!", elsewhere.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task The_redis_store_expires_entries_when_asked()
    {
        using var store = new RedisPersistedOperationStore(redis.ConnectionString, $"test:{Guid.NewGuid():N}:", TimeSpan.FromMilliseconds(300));
        var token = TestContext.Current.CancellationToken;

        await store.SaveAsync(Hash, Query, token);
        var fresh = await store.GetAsync(Hash, token);
        await Task.Delay(800, token);
        var expired = await store.GetAsync(Hash, token);

        Assert.Equal(Query, fresh);
        Assert.Null(expired);
    }

    [Fact]
    public async Task The_redis_store_connects_once_redis_comes_up_after_the_server_started()
    {
        var token = TestContext.Current.CancellationToken;
        var port = LoopbackPort.Free();
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL.AddRedisPersistedOperations($"127.0.0.1:{port}", prefix: $"test:{Guid.NewGuid():N}:"));

        // Redis is down: the full query still runs, but nothing is registered.
        var whileDown = await ResponseBody.ReadAsync(await host.PostAsync(HashAndQuery(Hash, Query)));
        var lookupWhileDown = await ResponseBody.ReadAsync(await host.PostAsync(HashOnly(Hash)));

        await using var late = new RedisServer(new RedisServerOptions { PreferredPort = port });
        await late.StartAsync(token);
        Assert.Equal(port, late.Port);

        // The store reconnects in the background: within a few seconds a registration sticks and the hash alone runs.
        ResponseBody? byHash = null;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            await host.PostAsync(HashAndQuery(Hash, Query));
            byHash = await ResponseBody.ReadAsync(await host.PostAsync(HashOnly(Hash)));
            if (byHash.Status == 200)
            {
                break;
            }

            await Task.Delay(200, token);
        }

        Assert.Equal(200, whileDown.Status);
        Assert.Equal("Hello, world!", whileDown.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", lookupWhileDown.FirstErrorCode);
        Assert.Equal(200, byHash?.Status);
        Assert.Equal("Hello, world!", byHash!.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    private static string Extensions(string hash) => "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";

    private static string HashOnly(string hash) => $$"""{"extensions":{{Extensions(hash)}}}""";

    private static string HashAndQuery(string hash, string query) => $$"""{"query":"{{query}}","extensions":{{Extensions(hash)}}}""";
}
