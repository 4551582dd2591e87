using System.Text.Json;
using CustomerCentric.GraphQL.AspNetCore.WebSockets;

namespace CustomerCentric.Api.Authentication;

/// <summary>
/// The caller of a graphql-transport-ws connection: the upgrade request's user when it sent a key header, else the key in
/// connection_init's payload (<c>{ "apiKey": "..." }</c> or <c>{ "authorization": "Bearer ..." }</c>). No valid key: close 4403.
/// </summary>
public static class WebSocketAuthentication
{
    public static ConnectionInitHandler Handler(ApiKeyValidator validator) => async context =>
    {
        if (context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            return context.HttpContext.User;
        }

        if (context.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return null;
        }

        var presented = StringField(payload, ApiKeyDefaults.PayloadField)
            ?? ApiKeyValidator.FromBearer(StringField(payload, ApiKeyDefaults.AuthorizationPayloadField));
        return await validator.ValidateAsync(presented, context.HttpContext.RequestAborted);
    };

    private static string? StringField(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
