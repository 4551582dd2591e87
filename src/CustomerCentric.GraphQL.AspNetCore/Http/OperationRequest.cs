using System.Text.Json;

namespace CustomerCentric.GraphQL.AspNetCore.Http;

/// <summary>
/// One GraphQL-over-HTTP request's parameters as the client sent them. <see cref="Query"/> may be absent when
/// <see cref="Extensions"/> names a persisted operation. JSON values stay <see cref="JsonElement"/>s: the engine reads them directly.
/// </summary>
public sealed record OperationRequest(string? Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions);
