using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerCentric.Data.Json;

/// <summary>How values stored as JSON documents are written: camelCase names, enums by name (readable, and stable
/// when enum members are reordered).</summary>
public static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json)
        => JsonSerializer.Deserialize<T>(json, Options)
            ?? throw new JsonException($"The stored JSON document is null where a {typeof(T).Name} was expected.");
}
