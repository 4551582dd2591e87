namespace CustomerCentric.Api.Schema.Relay;

/// <summary>One item of a connection and the cursor that pages from it.</summary>
public sealed record Edge<T>(string Cursor, T Node);
