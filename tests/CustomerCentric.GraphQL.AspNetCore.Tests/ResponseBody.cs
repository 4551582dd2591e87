using System.Text.Json;

namespace CustomerCentric.GraphQL.AspNetCore.Tests;

/// <summary>A response's status, media type and JSON body, read once for assertions.</summary>
public sealed record ResponseBody(int Status, string? MediaType, JsonElement Json)
{
    public static async Task<ResponseBody> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return new ResponseBody((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, document.RootElement.Clone());
    }

    public JsonElement FirstError => Json.GetProperty("errors")[0];

    public string? FirstErrorCode => FirstError.GetProperty("extensions").GetProperty("code").GetString();

    public bool HasData => Json.TryGetProperty("data", out _);
}
