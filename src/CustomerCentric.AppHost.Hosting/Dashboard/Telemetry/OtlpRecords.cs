using System.Globalization;

namespace CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

/// <summary>
/// What OTLP's export requests share: traces and logs nest their records alike (request: resource_* = 1; per resource:
/// resource = 1 with service.name among its attributes, scope_* = 2; per scope: scope = 1 with its name, records = 2),
/// and attributes and bodies are KeyValue and AnyValue, shown here as text.
/// </summary>
internal static class OtlpRecords
{
    public delegate void RecordReader(ReadOnlySpan<byte> record, string service, string scope);

    /// <summary>Calls <paramref name="read"/> for every record of the request with its service and scope.</summary>
    /// <exception cref="InvalidDataException">The body is not a well-formed request.</exception>
    public static void ForEach(ReadOnlySpan<byte> request, RecordReader read)
    {
        var reader = new ProtobufReader(request);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == ProtobufReader.LengthDelimited)
            {
                ReadResource(reader.ReadBytes(), read);
            }
            else
            {
                reader.Skip(wireType);
            }
        }
    }

    // The resource may follow its scopes on the wire: it is read first.
    private static void ReadResource(ReadOnlySpan<byte> message, RecordReader read)
    {
        var service = "unknown";
        var reader = new ProtobufReader(message);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == ProtobufReader.LengthDelimited)
            {
                service = ReadAttributes(reader.ReadBytes(), attributesField: 1).FirstOrDefault(a => a.Key == "service.name").Value ?? service;
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        reader = new ProtobufReader(message);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 2 && wireType == ProtobufReader.LengthDelimited)
            {
                ReadScope(reader.ReadBytes(), service, read);
            }
            else
            {
                reader.Skip(wireType);
            }
        }
    }

    private static void ReadScope(ReadOnlySpan<byte> message, string service, RecordReader read)
    {
        var scope = "";
        var reader = new ProtobufReader(message);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == ProtobufReader.LengthDelimited)
            {
                var scopeReader = new ProtobufReader(reader.ReadBytes());
                while (scopeReader.TryReadTag(out var scopeField, out var scopeWire))
                {
                    if (scopeField == 1 && scopeWire == ProtobufReader.LengthDelimited)
                    {
                        scope = scopeReader.ReadString();
                    }
                    else
                    {
                        scopeReader.Skip(scopeWire);
                    }
                }
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        reader = new ProtobufReader(message);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 2 && wireType == ProtobufReader.LengthDelimited)
            {
                read(reader.ReadBytes(), service, scope);
            }
            else
            {
                reader.Skip(wireType);
            }
        }
    }

    public static List<KeyValuePair<string, string>> ReadAttributes(ReadOnlySpan<byte> message, int attributesField)
    {
        var attributes = new List<KeyValuePair<string, string>>();
        var reader = new ProtobufReader(message);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == attributesField && wireType == ProtobufReader.LengthDelimited)
            {
                attributes.Add(ReadKeyValue(reader.ReadBytes()));
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return attributes;
    }

    // KeyValue: key = 1, value = 2 (AnyValue).
    public static KeyValuePair<string, string> ReadKeyValue(ReadOnlySpan<byte> message)
    {
        string key = "", value = "";
        var reader = new ProtobufReader(message);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, ProtobufReader.LengthDelimited):
                    key = reader.ReadString();
                    break;
                case (2, ProtobufReader.LengthDelimited):
                    value = ReadAnyValue(reader.ReadBytes());
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return new(key, value);
    }

    // AnyValue, one of: string = 1, bool = 2, int = 3, double = 4, array = 5 (values = 1), kvlist = 6 (values = 1), bytes = 7.
    public static string ReadAnyValue(ReadOnlySpan<byte> message)
    {
        var value = "";
        var reader = new ProtobufReader(message);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            value = (field, wireType) switch
            {
                (1, ProtobufReader.LengthDelimited) => reader.ReadString(),
                (2, ProtobufReader.Varint) => reader.ReadVarint() != 0 ? "true" : "false",
                (3, ProtobufReader.Varint) => ((long)reader.ReadVarint()).ToString(CultureInfo.InvariantCulture),
                (4, ProtobufReader.Fixed64) => BitConverter.UInt64BitsToDouble(reader.ReadFixed64()).ToString(CultureInfo.InvariantCulture),
                (5, ProtobufReader.LengthDelimited) => "[" + string.Join(", ", ReadValues(reader.ReadBytes())) + "]",
                (6, ProtobufReader.LengthDelimited) => "{" + string.Join(", ", ReadAttributes(reader.ReadBytes(), attributesField: 1).Select(a => $"{a.Key}: {a.Value}")) + "}",
                (7, ProtobufReader.LengthDelimited) => Convert.ToHexStringLower(reader.ReadBytes()),
                _ => SkipAndKeep(ref reader, wireType, value),
            };
        }

        return value;
    }

    private static List<string> ReadValues(ReadOnlySpan<byte> message)
    {
        var values = new List<string>();
        var reader = new ProtobufReader(message);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == ProtobufReader.LengthDelimited)
            {
                values.Add(ReadAnyValue(reader.ReadBytes()));
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return values;
    }

    private static string SkipAndKeep(ref ProtobufReader reader, int wireType, string value)
    {
        reader.Skip(wireType);
        return value;
    }

    public static DateTimeOffset FromUnixNanoseconds(ulong nanoseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)Math.Min(nanoseconds / 100, (ulong)(DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).Ticks));
}
