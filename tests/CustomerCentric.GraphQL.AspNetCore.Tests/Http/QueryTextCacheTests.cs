using System.Text.Json;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// The server keeps the query strings of POST bodies by their JSON text: a repeated body must be answered exactly as the first
/// one, whatever its escapes, variables or operation name, and texts sharing a slot of the cache must never be mixed up.
/// </summary>
public sealed class QueryTextCacheTests : IAsyncLifetime
{
    private const string TwoOperations = "query Greet($n: String) { hello(name: $n) } query All { customers { name } }";
    private GraphQLTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_repeated_query_text_runs_with_each_requests_own_variables_and_operation_name()
    {
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("Hello, Ada!", await HelloAsync(Body(TwoOperations, "Greet", """{"n":"Ada"}""")));
            Assert.Equal("Hello, Grace!", await HelloAsync(Body(TwoOperations, "Greet", """{"n":"Grace"}""")));
            var all = await DataAsync(Body(TwoOperations, "All", null));
            Assert.Equal(["Ada", "Grace"], all.GetProperty("customers").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        }
    }

    [Theory]
    // The same GraphQL text written with and without JSON escapes, and GraphQL escapes inside JSON escapes.
    [InlineData("""{"query":"{ hello(name: \"A\") }"}""", "Hello, A!")]
    [InlineData("""{"query":"{ hello(name: \"\u0041\") }"}""", "Hello, A!")]
    [InlineData("""{"query":"{\u0020hello(name:\t\"A\")\n}"}""", "Hello, A!")]
    [InlineData("""{"query":"{ hello(name: \"\\u0041\") }"}""", "Hello, A!")]
    [InlineData("""{"query":"{ hello(name: \"\\u0042\") }"}""", "Hello, B!")]
    [InlineData("""{"query":"{ hello(name: \"A\\\"B\") }"}""", "Hello, A\"B!")]
    [InlineData("""{"query":"{ hello(name: \"A\\\\B\") }"}""", "Hello, A\\B!")]
    [InlineData("""{"query":"{ hello(name: \"\\n\") }"}""", "Hello, \n!")]
    [InlineData("""{"query":"{ hello(name: \"caf\u00e9 \ud83d\ude00\") }"}""", "Hello, café 😀!")]
    public async Task Escaped_query_texts_give_the_answer_of_the_text_they_stand_for_every_time(string body, string expected)
    {
        Assert.Equal(expected, await HelloAsync(body));
        Assert.Equal(expected, await HelloAsync(body));
    }

    [Fact]
    public async Task Many_different_texts_sharing_slots_are_never_mixed_up()
    {
        // More texts than the cache has slots: some share one, and each must still run as itself, first time and again.
        const int count = 400;
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < count; i++)
            {
                Assert.Equal($"Hello, q{i}!", await HelloAsync(Body($$"""{ hello(name: "q{{i}}") }""", null, null)));
            }
        }
    }

    private static string Body(string query, string? operationName, string? variables) =>
        "{\"query\":" + JsonSerializer.Serialize(query)
        + (operationName is null ? "" : ",\"operationName\":" + JsonSerializer.Serialize(operationName))
        + (variables is null ? "" : ",\"variables\":" + variables) + "}";

    private async Task<string?> HelloAsync(string body) => (await DataAsync(body)).GetProperty("hello").GetString();

    private async Task<JsonElement> DataAsync(string body)
    {
        var response = await ResponseBody.ReadAsync(await _host.PostAsync(body));
        Assert.Equal(200, response.Status);
        return response.Json.GetProperty("data");
    }
}
