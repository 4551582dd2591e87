namespace CustomerCentric.Api.Schema.Relay;

/// <summary>The four arguments of a cursor connection field, as the client gave them.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before);
