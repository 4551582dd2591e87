using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CustomerCentric.Data;
using CustomerCentric.Data.ApiKeys;
using Microsoft.Extensions.Options;

namespace CustomerCentric.Api.Authentication;

/// <summary>
/// Turns a presented API key into a caller: keys from configuration (<see cref="ApiOptions.Keys"/>) and the active keys the
/// admin issued (stored as SHA-256 hashes). Both are compared by hash, never as plain text.
/// </summary>
public sealed class ApiKeyValidator(IServiceScopeFactory scopes, IOptions<ApiOptions> options)
{
    private readonly HashSet<string> _configuredHashes = [.. options.Value.Keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(ApiKey.ComputeHash)];

    public async Task<ClaimsPrincipal?> ValidateAsync(string? presented, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(presented) || presented.Length > 512)
        {
            return null;
        }

        var hash = ApiKey.ComputeHash(presented);
        if (_configuredHashes.Any(known => FixedTimeEquals(known, hash)))
        {
            return Principal("configuration");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustomerCentricDbContext>();
        var stored = await db.ApiKeys.FindActiveAsync(presented, cancellationToken);
        return stored is null ? null : Principal(stored.Name);
    }

    /// <summary>The key in "Bearer &lt;key&gt;" (an Authorization header or payload field), or null.</summary>
    public static string? FromBearer(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : null;

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static ClaimsPrincipal Principal(string keyName) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, keyName), new Claim(ApiKeyDefaults.KeyNameClaim, keyName)], ApiKeyDefaults.Scheme));
}
