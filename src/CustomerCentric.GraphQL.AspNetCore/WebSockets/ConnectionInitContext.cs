using System.Text.Json;

namespace CustomerCentric.GraphQL.AspNetCore.WebSockets;

/// <summary>What a connection_init handler sees: the upgrade request and the message's payload (an object, or null when absent).</summary>
public sealed record ConnectionInitContext(HttpContext HttpContext, JsonElement? Payload);
