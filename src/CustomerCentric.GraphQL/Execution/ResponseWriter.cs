using System.Buffers;
using System.Collections;
using System.Text.Json;
using CustomerCentric.GraphQL.Error;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// Writes responses straight to UTF-8 JSON in the spec's response format (7.1), with graphql-js's key order:
/// <c>errors</c> (each <c>message</c>, <c>locations</c>, <c>path</c>, <c>extensions</c>), then <c>data</c>, then <c>extensions</c>.
/// </summary>
public static class ResponseWriter
{
    private static readonly JsonEncodedText ErrorsName = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText ExtensionsName = JsonEncodedText.Encode("extensions");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText LocationsName = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");

    /// <summary>
    /// Writes the response as UTF-8 JSON straight into <paramref name="output"/> (the fast path: no <see cref="Utf8JsonWriter"/> for
    /// the data tree). Non-ASCII characters are written as UTF-8 rather than escaped, as JSON.stringify does.
    /// </summary>
    public static void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        Utf8ResponseWriter.Write(output, result);
    }

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName(ErrorsName);
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName(DataName);
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(ExtensionsName);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>One error as graphql-js's <c>GraphQLError.toJSON</c> shapes it.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString(MessageName, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName(LocationsName);
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber(LineName, location.Line);
                writer.WriteNumber(ColumnName, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName(PathName);
            writer.WriteStartArray();
            foreach (var key in path)
            {
                if (key is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(key.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(ExtensionsName);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>A result value: maps, lists, serialized leaves, and the JSON-like values pass-through scalars may return.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string text:
                writer.WriteStringValue(text);
                return;
            case ResultMap map:
                WriteMap(writer, map);
                return;
            case JsonFragment fragment:
                writer.WriteRawValue(fragment.Utf8Json, skipInputValidation: true);
                return;
            case object?[] items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            case int i:
                writer.WriteNumberValue(i);
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case double d:
                writer.WriteNumberValue(d);
                return;
            case long l:
                writer.WriteNumberValue(l);
                return;
            case float f:
                writer.WriteNumberValue(f);
                return;
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case short or byte or sbyte or ushort:
                writer.WriteNumberValue(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));
                return;
            case uint u:
                writer.WriteNumberValue(u);
                return;
            case ulong ul:
                writer.WriteNumberValue(ul);
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var pair in pairs)
                {
                    writer.WritePropertyName(pair.Key);
                    WriteValue(writer, pair.Value);
                }

                writer.WriteEndObject();
                return;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(entry.Key.ToString()!);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                return;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            default:
                // A pass-through scalar returned an arbitrary object: JSON.stringify would write its properties; so does System.Text.Json.
                JsonSerializer.Serialize(writer, value, value.GetType());
                return;
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, ResultMap map)
    {
        var names = map.Shape.EncodedNames;
        var values = map.RawValues;
        writer.WriteStartObject();
        for (var i = 0; i < values.Length; i++)
        {
            writer.WritePropertyName(names[i]);
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
    }
}
