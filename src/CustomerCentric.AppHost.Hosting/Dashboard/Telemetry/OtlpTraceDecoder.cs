namespace CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

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
        OtlpRecords.ForEach(request, (span, service, scope) => spans.Add(ReadSpan(span, service, scope)));
        return spans;
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
                    attributes.Add(OtlpRecords.ReadKeyValue(reader.ReadBytes()));
                    break;
                case (15, ProtobufReader.LengthDelimited):
                    (error, statusMessage) = ReadStatus(reader.ReadBytes());
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        var startedAt = OtlpRecords.FromUnixNanoseconds(start);
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
}
