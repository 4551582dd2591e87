namespace CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

/// <summary>Decodes an OTLP ExportLogsServiceRequest (protobuf encoding) into log entries with their service and category.</summary>
internal static class OtlpLogDecoder
{
    /// <exception cref="InvalidDataException">The body is not a well-formed request.</exception>
    public static List<LogEntry> Decode(ReadOnlySpan<byte> request)
    {
        var entries = new List<LogEntry>();
        OtlpRecords.ForEach(request, (record, service, scope) => entries.Add(ReadRecord(record, service, scope)));
        return entries;
    }

    // LogRecord: time = 1, observed time = 11 (fixed64 Unix nanoseconds), severity number = 2, body = 5 (AnyValue),
    // attributes = 6, trace_id = 9.
    private static LogEntry ReadRecord(ReadOnlySpan<byte> message, string service, string scope)
    {
        ulong time = 0, observed = 0;
        var severity = 0;
        var body = "";
        string? traceId = null;
        var attributes = new List<KeyValuePair<string, string>>();
        var reader = new ProtobufReader(message);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, ProtobufReader.Fixed64):
                    time = reader.ReadFixed64();
                    break;
                case (11, ProtobufReader.Fixed64):
                    observed = reader.ReadFixed64();
                    break;
                case (2, ProtobufReader.Varint):
                    severity = (int)reader.ReadVarint();
                    break;
                case (5, ProtobufReader.LengthDelimited):
                    body = OtlpRecords.ReadAnyValue(reader.ReadBytes());
                    break;
                case (6, ProtobufReader.LengthDelimited):
                    attributes.Add(OtlpRecords.ReadKeyValue(reader.ReadBytes()));
                    break;
                case (9, ProtobufReader.LengthDelimited):
                    var trace = reader.ReadBytes();
                    traceId = trace.IsEmpty || !trace.ContainsAnyExcept((byte)0) ? null : Convert.ToHexStringLower(trace);
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return new LogEntry(OtlpRecords.FromUnixNanoseconds(time != 0 ? time : observed), service, scope, severity, body, traceId, attributes);
    }
}
