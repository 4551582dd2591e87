using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CustomerCentric.Api.Tests.Hosting;

/// <summary>POSTs GraphQL operations to the API like a frontend client would (application/graphql-response+json).</summary>
public sealed class GraphQLClient(Uri address, string? apiKey)
{
    private static readonly HttpClient Http = new();

    public Uri Endpoint { get; } = new(address, "/graphql");

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return (response.StatusCode, document.RootElement.Clone());
    }

    /// <summary>The data of an operation that must succeed without errors (the errors are the failure message otherwise).</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var (status, body) = await SendAsync(query, variables);
        Assert.True(!body.TryGetProperty("errors", out var errors), $"HTTP {(int)status}, errors: {errors}");
        return body.GetProperty("data");
    }
}
