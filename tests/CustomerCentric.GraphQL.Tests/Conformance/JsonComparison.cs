using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CustomerCentric.GraphQL.Tests.Conformance;

/// <summary>Deep JSON equality where object key order matters (GraphQL responses are ordered) and numbers compare by value.</summary>
public static class JsonComparison
{
    /// <summary>The first difference as "at $.path: expected X, got Y", or null when equal.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected)
        {
            case null:
                return actual is null ? null : $"at {path}: expected null, got {actual.ToJsonString()}";
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    return Mismatch(path, expected, actual);
                }

                var expectedKeys = expectedObject.Select(property => property.Key).ToList();
                var actualKeys = actualObject.Select(property => property.Key).ToList();
                if (!expectedKeys.SequenceEqual(actualKeys))
                {
                    return $"at {path}: expected keys [{string.Join(", ", expectedKeys)}], got [{string.Join(", ", actualKeys)}]";
                }

                foreach (var key in expectedKeys)
                {
                    if (FirstDifference(expectedObject[key], actualObject[key], path + "." + key) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray || actualArray.Count != expectedArray.Count)
                {
                    return Mismatch(path, expected, actual);
                }

                for (var i = 0; i < expectedArray.Count; i++)
                {
                    if (FirstDifference(expectedArray[i], actualArray[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                return actual is JsonValue && ScalarEquals(expected.AsValue(), actual.AsValue()) ? null : Mismatch(path, expected, actual);
        }
    }

    private static bool ScalarEquals(JsonValue expected, JsonValue actual)
    {
        var expectedKind = expected.GetValueKind();
        if (expectedKind != actual.GetValueKind())
        {
            return false;
        }

        return expectedKind == JsonValueKind.Number
            ? decimal.Parse(expected.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
                == decimal.Parse(actual.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : expected.ToJsonString() == actual.ToJsonString();
    }

    private static string Mismatch(string path, JsonNode expected, JsonNode? actual) =>
        $"at {path}: expected {Shorten(expected.ToJsonString())}, got {Shorten(actual?.ToJsonString() ?? "null")}";

    private static string Shorten(string json) => json.Length <= 300 ? json : json[..300] + "...";
}
