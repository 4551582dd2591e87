using Microsoft.Net.Http.Headers;

namespace CustomerCentric.GraphQL.AspNetCore.Http;

/// <summary>The GraphQL-over-HTTP media types and the Accept negotiation between them.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";

    private const string GraphQLResponseUtf8 = GraphQLResponse + "; charset=utf-8";
    private const string JsonUtf8 = Json + "; charset=utf-8";

    /// <summary>The Content-Type header of a response in <paramref name="mediaType"/> (a negotiated one: no string built per response).</summary>
    public static string ContentType(string mediaType) => mediaType switch
    {
        GraphQLResponse => GraphQLResponseUtf8,
        Json => JsonUtf8,
        _ => mediaType + "; charset=utf-8",
    };

    /// <summary>
    /// The response media type for <paramref name="request"/>'s Accept header: the highest-quality supported entry (the first
    /// on ties). No Accept header means application/graphql-response+json (the specification's rule since 2025-01-01);
    /// <c>*/*</c> and <c>application/*</c> mean application/json, what clients that name no GraphQL type have always received.
    /// Null when nothing acceptable is supported (406).
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var header = request.Headers.Accept;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString()))
        {
            return GraphQLResponse;
        }

        // What GraphQL clients send on every request, answered without parsing the header.
        if (header.Count == 1 && header[0] is { } single)
        {
            if (single.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (single.Equals(Json, StringComparison.OrdinalIgnoreCase) || single == "*/*")
            {
                return Json;
            }
        }

        if (!MediaTypeHeaderValue.TryParseList(header, out var accepted))
        {
            return null;
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var entry in accepted)
        {
            var quality = entry.Quality ?? 1.0;
            if (quality <= bestQuality || !IsUtf8(entry))
            {
                continue;
            }

            var candidate = entry.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponse => GraphQLResponse,
                Json or "*/*" or "application/*" => Json,
                _ => null,
            };
            if (candidate is not null)
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>Whether a browser asks for a page (GraphiQL): text/html is listed before any GraphQL media type.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Count > 0 && string.Equals(accepted[0].MediaType.Value, Html, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a POST body is JSON in UTF-8 (a missing charset means UTF-8).</summary>
    public static bool IsJsonContent(HttpRequest request) =>
        request.ContentType is { } value && (value.Equals(Json, StringComparison.OrdinalIgnoreCase) || value.Equals(JsonUtf8, StringComparison.OrdinalIgnoreCase))
        || MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
        && string.Equals(contentType.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && IsUtf8(contentType);

    private static bool IsUtf8(MediaTypeHeaderValue value) =>
        value.Charset.Value is not { } charset || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
