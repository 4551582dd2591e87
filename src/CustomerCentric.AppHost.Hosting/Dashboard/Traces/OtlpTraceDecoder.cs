using System.Globalization;

namespace CustomerCentric.AppHost.Hosting.Dashboard.Traces;

/// <summary>
/// Decodes an OTLP ExportTraceServiceRequest (opentelemetry/proto/collector/trace/v1, protobuf encoding) into spans with
/// their service (the resource's service.name), scope, times, status and attributes.
/// </summary>
internal static class OtlpTraceDecoder
{
    /// <exception cref="InvalidDataException">The body is not a well-formed request.</exception>
    public static List<TraceSpan> Decode(ReadOnlySpan<byte> request)
    {
        var spans = new List<TraceSpan>();
        var reader = new ProtobufReader(request);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == ProtobufReader.LengthDelimited)
            {
                ReadResourceSpans(reader.ReadBytes(), spans);
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return spans;
    }

    // ResourceSpans: resource = 1, scope_spans = 2. The resource may follow its spans on the wire: read it first.
    private static void ReadResourceSpans(ReadOnlySpan<byte> message, List<TraceSpan> spans)
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
                ReadScopeSpans(reader.ReadBytes(), service, spans);
            }
            else
            {
                reader.Skip(wireType);
            }
        }
    }

    // ScopeSpans: scope = 1 (InstrumentationScope: name = 1), spans = 2.
    private static void ReadScopeSpans(ReadOnlySpan<byte> message, string service, List<TraceSpan> spans)
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
                spans.Add(ReadSpan(reader.ReadBytes(), service, scope));
            }
            else
            {
                reader.Skip(wireType);
            }
        }
    }

    // Span: trace_id = 1, span_id = 2, parent_span_id = 4, name = 5, kind = 6, start = 7, end = 8 (fixed64 Unix nanoseconds),
    // attributes = 9, status = 15 (message = 2, code = 3: 2 is error).
    private static TraceSpan ReadSpan(ReadOnlySpan<byte> message, string service, string scope)
    {
        string traceId = "", spanId = "", name = "";
        string? parent = null, statusMessage = null;
        var kind = 0;
        ulong start = 0, end = 0;
        var error = false;
        var attributes = new List<KeyValuePair<string, string>>();
        var reader = new ProtobufReader(message);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, ProtobufReader.LengthDelimited):
                    traceId = Convert.ToHexStringLower(reader.ReadBytes());
                    break;
                case (2, ProtobufReader.LengthDelimited):
                    spanId = Convert.ToHexStringLower(reader.ReadBytes());
                    break;
                case (4, ProtobufReader.LengthDelimited):
                    var parentBytes = reader.ReadBytes();
                    parent = parentBytes.IsEmpty ? null : Convert.ToHexStringLower(parentBytes);
                    break;
                case (5, ProtobufReader.LengthDelimited):
                    name = reader.ReadString();
                    break;
                case (6, ProtobufReader.Varint):
                    kind = (int)reader.ReadVarint();
                    break;
                case (7, ProtobufReader.Fixed64):
                    start = reader.ReadFixed64();
                    break;
                case (8, ProtobufReader.Fixed64):
                    end = reader.ReadFixed64();
                    break;
                case (9, ProtobufReader.LengthDelimited):
                    attributes.Add(ReadKeyValue(reader.ReadBytes()));
                    break;
                case (15, ProtobufReader.LengthDelimited):
                    (error, statusMessage) = ReadStatus(reader.ReadBytes());
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        var startedAt = FromUnixNanoseconds(start);
        var duration = end > start ? TimeSpan.FromTicks((long)((end - start) / 100)) : TimeSpan.Zero;
        return new TraceSpan(traceId, spanId, parent, service, scope, name, kind, startedAt, duration, error, statusMessage, attributes);
    }

    private static (bool Error, string? Message) ReadStatus(ReadOnlySpan<byte> message)
    {
        string? text = null;
        ulong code = 0;
        var reader = new ProtobufReader(message);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (2, ProtobufReader.LengthDelimited):
                    text = reader.ReadString();
                    break;
                case (3, ProtobufReader.Varint):
                    code = reader.ReadVarint();
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return (code == 2, string.IsNullOrEmpty(text) ? null : text);
    }

    private static List<KeyValuePair<string, string>> ReadAttributes(ReadOnlySpan<byte> message, int attributesField)
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
    private static KeyValuePair<string, string> ReadKeyValue(ReadOnlySpan<byte> message)
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
    private static string ReadAnyValue(ReadOnlySpan<byte> message)
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

    private static DateTimeOffset FromUnixNanoseconds(ulong nanoseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)Math.Min(nanoseconds / 100, (ulong)(DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).Ticks));
}
