using CustomerCentric.GraphQL.AspNetCore;
using Microsoft.Extensions.Options;

namespace CustomerCentric.Api.Authentication;

/// <summary>Gives the GraphQL server the WebSocket authentication, which needs the validator from the container.</summary>
internal sealed class WebSocketAuthenticationSetup(ApiKeyValidator validator) : IPostConfigureOptions<GraphQLServerOptions>
{
    public void PostConfigure(string? name, GraphQLServerOptions options) => options.OnConnectionInit = WebSocketAuthentication.Handler(validator);
}
