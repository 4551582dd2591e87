using System.Security.Cryptography;
using System.Text;

namespace CustomerCentric.Data.ApiKeys;

/// <summary>
/// A key a GraphQL client sends (header <c>X-Api-Key</c>). Only its SHA-256 hash is stored: the key is shown once, when it
/// is issued. The key is 32 random bytes behind a visible prefix ("cc_" plus 8 characters) that identifies it in lists
/// and logs without revealing it. The admin issues and revokes keys; the API finds the active key for a presented one.
/// </summary>
public sealed class ApiKey
{
    public const string KeyPrefix = "cc_";
    public const int MaxNameLength = 200;
    public const int MaxActorLength = 256;

    // "cc_" + 8 characters: enough to tell keys apart in a list, far too little to guess the rest.
    private const int VisiblePrefixLength = 11;

    private ApiKey()
    {
        Name = Prefix = Hash = CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>The key's first characters, shown in lists ("cc_1a2b3c4d").</summary>
    public string Prefix { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public string Hash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>Creates a key for a client; the returned secret is the only copy of the key there will ever be.</summary>
    public static IssuedApiKey Issue(string name, string createdBy, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("An API key needs a name that says which client uses it.", nameof(name));
        }

        if (name.Trim().Length > MaxNameLength)
        {
            throw new ArgumentException($"An API key's name is at most {MaxNameLength} characters.", nameof(name));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        var secret = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(at),
            Name = name.Trim(),
            Prefix = secret[..VisiblePrefixLength],
            Hash = ComputeHash(secret),
            CreatedAt = at,
            CreatedBy = createdBy,
        };
        return new IssuedApiKey(key, secret);
    }

    /// <summary>The stored form of a presented key: look it up with <c>Hash == ApiKey.ComputeHash(presented)</c>.</summary>
    public static string ComputeHash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    public void Revoke(string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (RevokedAt is not null)
        {
            throw new InvalidOperationException($"API key '{Name}' ({Prefix}) was already revoked at {RevokedAt:u}.");
        }

        RevokedAt = at;
        RevokedBy = by;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
