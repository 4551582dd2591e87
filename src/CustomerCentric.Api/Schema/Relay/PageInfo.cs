namespace CustomerCentric.Api.Schema.Relay;

/// <summary>Where a page of a connection lies (Relay cursor connections specification).</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
