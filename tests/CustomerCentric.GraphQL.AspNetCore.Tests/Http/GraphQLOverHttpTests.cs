using System.Net;
using System.Text;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.Http;

/// <summary>The GraphQL-over-HTTP specification's rules, one test per rule, over real HTTP to Kestrel.</summary>
public sealed class GraphQLOverHttpTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";
    private GraphQLTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await GraphQLTestHost.StartAsync(graphQL => graphQL.ModifyOptions(o =>
    {
        o.MaxRequestBodySize = 4096;
        o.MaxBatchSize = 3;
    }));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData(Json, Json)]
    [InlineData(null, GraphQLResponse)] // no Accept: application/graphql-response+json since the 2025-01-01 watershed
    [InlineData("*/*", Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.4, application/json;q=0.9", Json)]
    public async Task A_query_is_answered_in_the_negotiated_media_type_with_200(string? accept, string expected)
    {
        var response = await _host.PostAsync("""{"query":"{ hello }"}""", accept);

        var body = await ResponseBody.ReadAsync(response);
        Assert.Equal(200, body.Status);
        Assert.Equal(expected, body.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        Assert.Equal("Hello, world!", body.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task An_accept_header_without_a_supported_media_type_is_406()
    {
        var response = await _host.PostAsync("""{"query":"{ hello }"}""", "text/plain");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"query":"{ hello"}""", "GRAPHQL_PARSE_FAILED")]
    [InlineData("""{"query":"{ nope }"}""", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("""{"query":"query A { hello } query B { hello }","operationName":"C"}""", "OPERATION_RESOLUTION_FAILURE")]
    [InlineData("""{"query":"query ($id: Int!) { customer(id: $id) { name } }","variables":{"id":"x"}}""", "BAD_USER_INPUT")]
    [InlineData("""{"query":"subscription { counter(to: 2) }"}""", "OPERATION_NOT_SUPPORTED")]
    public async Task A_request_error_is_400_with_graphql_response_json_and_200_with_application_json(string json, string code)
    {
        var modern = await ResponseBody.ReadAsync(await _host.PostAsync(json, GraphQLResponse));
        var legacy = await ResponseBody.ReadAsync(await _host.PostAsync(json, Json));

        Assert.Equal(400, modern.Status);
        Assert.Equal(GraphQLResponse, modern.MediaType);
        Assert.False(modern.HasData);
        Assert.Equal(code, modern.FirstErrorCode);
        Assert.Equal(200, legacy.Status);
        Assert.Equal(Json, legacy.MediaType);
        Assert.Equal(code, legacy.FirstErrorCode);
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task Field_errors_with_partial_data_are_200(string accept)
    {
        var body = await ResponseBody.ReadAsync(await _host.PostAsync("""{"query":"{ hello boom }"}""", accept));

        Assert.Equal(200, body.Status);
        Assert.Equal("Hello, world!", body.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", body.FirstErrorCode);
    }

    [Theory]
    [InlineData("NONSENSE")]
    [InlineData("""{"query":""")]
    [InlineData("""{"qeury":"{ hello }"}""")]
    [InlineData("""{"query":7}""")]
    [InlineData("""{"query":{"a":1}}""")]
    [InlineData("""{"query":"{ hello }","variables":[7]}""")]
    [InlineData("""{"query":"{ hello }","operationName":5}""")]
    [InlineData("""{"query":"{ hello }","extensions":"x"}""")]
    [InlineData("[]")]
    [InlineData("\"{ hello }\"")]
    [InlineData("")]
    public async Task A_request_that_is_not_well_formed_is_400_under_both_media_types(string body)
    {
        foreach (var accept in new[] { GraphQLResponse, Json })
        {
            var response = await ResponseBody.ReadAsync(await _host.PostAsync(body, accept));

            Assert.Equal(400, response.Status);
            Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
        }
    }

    [Fact]
    public async Task Null_optional_parameters_are_the_same_as_absent_ones()
    {
        var body = await ResponseBody.ReadAsync(await _host.PostAsync("""{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}"""));

        Assert.Equal(200, body.Status);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_post_body_that_is_not_utf8_json_is_415(string contentType)
    {
        var response = await _host.PostAsync("""{"query":"{ hello }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_post_without_content_type_is_415()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ hello }"}""")) };

        var response = await _host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_allow(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, Json) };

        var response = await _host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : string.Join(", ", response.Headers.GetValues("Allow")));
    }

    [Fact]
    public async Task Get_runs_queries_with_json_encoded_variables()
    {
        var query = Uri.EscapeDataString("query ($id: Int!) { customer(id: $id) { name } }");
        var variables = Uri.EscapeDataString("""{"id":2}""");

        var body = await ResponseBody.ReadAsync(await _host.GetAsync($"?query={query}&variables={variables}&operationName="));

        Assert.Equal(200, body.Status);
        Assert.Equal("Grace", body.Json.GetProperty("data").GetProperty("customer").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task A_mutation_over_get_is_405_with_allow_post_and_does_not_run(string accept)
    {
        var before = await ResponseBody.ReadAsync(await _host.PostAsync("""{"query":"{ customers { id } }"}"""));

        var response = await _host.GetAsync("?query=" + Uri.EscapeDataString("mutation { addCustomer(name: \"Eve\") { id } }"), accept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(", ", response.Content.Headers.Allow));
        var after = await ResponseBody.ReadAsync(await _host.PostAsync("""{"query":"{ customers { id } }"}"""));
        Assert.Equal(before.Json.GetProperty("data").GetProperty("customers").GetArrayLength(), after.Json.GetProperty("data").GetProperty("customers").GetArrayLength());
    }

    [Theory]
    [InlineData("?query=%7B%20hello%20%7D&variables=%5B1")]
    [InlineData("?query=%7B%20hello%20%7D&variables=7")]
    [InlineData("?query=%7B%20hello%20%7D&extensions=nope")]
    [InlineData("?query=a&query=b")]
    [InlineData("")]
    public async Task Get_with_malformed_parameters_is_400(string queryString)
    {
        var body = await ResponseBody.ReadAsync(await _host.GetAsync(queryString));

        Assert.Equal(400, body.Status);
        Assert.Equal("BAD_REQUEST", body.FirstErrorCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var query = "{ hello " + new string(' ', 5000) + "}";

        var response = await _host.PostAsync($$"""{"query":"{{query}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_batch_runs_each_operation_in_order_and_answers_with_an_array()
    {
        var body = await ResponseBody.ReadAsync(await _host.PostAsync(
            """[{"query":"{ hello }"},{"query":"query ($n: String) { hello(name: $n) }","variables":{"n":"Ada"}},{"query":"{ nope }"}]"""));

        Assert.Equal(200, body.Status);
        Assert.Equal(3, body.Json.GetArrayLength());
        Assert.Equal("Hello, world!", body.Json[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello, Ada!", body.Json[1].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.Json[2].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_batch_over_the_maximum_is_400()
    {
        var body = await ResponseBody.ReadAsync(await _host.PostAsync(
            """[{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"}]"""));

        Assert.Equal(400, body.Status);
        Assert.Contains("between 1 and 3", body.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Batches_can_be_switched_off()
    {
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL.ModifyOptions(o => o.MaxBatchSize = 0));

        var body = await ResponseBody.ReadAsync(await host.PostAsync("""[{"query":"{ hello }"}]"""));

        Assert.Equal(400, body.Status);
        Assert.Equal("Batched requests are not enabled.", body.FirstError.GetProperty("message").GetString());
    }
}
