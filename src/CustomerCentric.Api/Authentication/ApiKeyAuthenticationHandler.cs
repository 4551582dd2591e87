using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CustomerCentric.Api.Authentication;

/// <summary>Authenticates a request by its <c>X-Api-Key</c> header or an <c>Authorization: Bearer &lt;key&gt;</c> header.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[ApiKeyDefaults.HeaderName].FirstOrDefault()
            ?? ApiKeyValidator.FromBearer(Request.Headers.Authorization.FirstOrDefault());
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        var principal = await validator.ValidateAsync(presented, Context.RequestAborted);
        return principal is null
            ? AuthenticateResult.Fail("The API key is not valid or was revoked.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKeyDefaults.Scheme));
    }
}
