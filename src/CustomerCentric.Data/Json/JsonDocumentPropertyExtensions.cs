using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCentric.Data.Json;

/// <summary>
/// Marks properties stored as one JSON document column. The column type is the provider's (jsonb on PostgreSQL),
/// applied by <see cref="CustomerCentricDbContext"/>, so entity configurations stay provider-neutral.
/// </summary>
public static class JsonDocumentPropertyExtensions
{
    private const string JsonDocumentAnnotation = "CustomerCentric:JsonDocument";

    /// <summary>Stores a value (record, list, dictionary) as a JSON document written with <see cref="StoredJson"/>.</summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class?
    {
        property.HasConversion(
            value => StoredJson.Serialize(value),
            json => StoredJson.Deserialize<T>(json),
            // Values are compared by their JSON so that changes inside a list or record are detected.
            new ValueComparer<T>(
                (left, right) => StoredJson.Serialize(left) == StoredJson.Serialize(right),
                value => StoredJson.Serialize(value).GetHashCode(StringComparison.Ordinal),
                value => StoredJson.Deserialize<T>(StoredJson.Serialize(value))));
        return property.IsJsonDocument();
    }

    /// <summary>Marks a string property that already holds JSON text as a JSON document column.</summary>
    public static PropertyBuilder<T> IsJsonDocument<T>(this PropertyBuilder<T> property)
    {
        property.HasAnnotation(JsonDocumentAnnotation, true);
        return property;
    }

    public static bool IsJsonDocument(this IReadOnlyProperty property)
        => property.FindAnnotation(JsonDocumentAnnotation)?.Value is true;
}
