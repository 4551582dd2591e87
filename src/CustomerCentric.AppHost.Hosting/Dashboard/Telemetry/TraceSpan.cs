namespace CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

/// <summary>One span as a service exported it over OTLP: where it belongs, what it did, when, and how it ended.</summary>
/// <param name="ParentSpanId">Null for a trace's root span.</param>
/// <param name="Kind">OTLP's SpanKind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer.</param>
internal sealed record TraceSpan(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Service,
    string Scope,
    string Name,
    int Kind,
    DateTimeOffset Start,
    TimeSpan Duration,
    bool IsError,
    string? StatusMessage,
    IReadOnlyList<KeyValuePair<string, string>> Attributes)
{
    public DateTimeOffset End => Start + Duration;

    public string KindName => Kind switch
    {
        2 => "server",
        3 => "client",
        4 => "producer",
        5 => "consumer",
        _ => "internal",
    };
}
