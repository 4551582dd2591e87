using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace CustomerCentric.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads GraphQL-over-HTTP parameters from a JSON body (an object, or an array of objects for a batch) or from a GET query string.
/// Wrong shapes are <see cref="BadRequestException"/>s with a message naming the parameter; a null optional parameter is the same as none.
/// </summary>
public static class OperationRequestReader
{
    public static OperationRequest FromJson(JsonElement element) => FromJson(element, null);

    /// <summary>As <see cref="FromJson(JsonElement)"/>; the query string comes from <paramref name="queryTexts"/> when given.</summary>
    internal static OperationRequest FromJson(JsonElement element, QueryTextCache? queryTexts)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new BadRequestException("A GraphQL request must be a JSON object.");
        }

        string? query = null;
        string? operationName = null;
        JsonElement? variables = null;
        JsonElement? extensions = null;
        foreach (var property in element.EnumerateObject())
        {
            // Names compared as UTF-8 where they lie: no string per property.
            if (property.NameEquals("query"u8))
            {
                var value = property.Value;
                query = queryTexts is not null && value.ValueKind == JsonValueKind.String ? queryTexts.GetString(value) : OptionalString(value, "query");
            }
            else if (property.NameEquals("operationName"u8))
            {
                operationName = OptionalString(property.Value, "operationName");
            }
            else if (property.NameEquals("variables"u8))
            {
                variables = OptionalObject(property.Value, "variables");
            }
            else if (property.NameEquals("extensions"u8))
            {
                extensions = OptionalObject(property.Value, "extensions");
            }
        }

        return new OperationRequest(query, operationName, variables, extensions);
    }

    /// <summary>
    /// GET: <c>query</c> and <c>operationName</c> as strings (an empty operationName is none), <c>variables</c> and <c>extensions</c>
    /// as JSON-encoded objects. The parsed JSON documents are added to <paramref name="owned"/> for the caller to dispose.
    /// </summary>
    public static OperationRequest FromQueryString(IQueryCollection parameters, ICollection<JsonDocument> owned)
    {
        var query = Single(parameters, "query");
        var operationName = Single(parameters, "operationName");
        return new OperationRequest(
            query,
            string.IsNullOrEmpty(operationName) ? null : operationName,
            JsonParameter(parameters, "variables", owned),
            JsonParameter(parameters, "extensions", owned));
    }

    private static string? Single(IQueryCollection parameters, string name)
    {
        if (!parameters.TryGetValue(name, out var values) || StringValues.IsNullOrEmpty(values))
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw new BadRequestException($"The '{name}' parameter must be given once.");
    }

    private static JsonElement? JsonParameter(IQueryCollection parameters, string name, ICollection<JsonDocument> owned)
    {
        var text = Single(parameters, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            throw new BadRequestException($"The '{name}' parameter must be a JSON-encoded object.");
        }

        owned.Add(document);
        return OptionalObject(document.RootElement, name);
    }

    private static string? OptionalString(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new BadRequestException($"The '{name}' parameter must be a string."),
    };

    private static JsonElement? OptionalObject(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.Object => value,
        JsonValueKind.Null => null,
        _ => throw new BadRequestException($"The '{name}' parameter must be an object."),
    };
}
