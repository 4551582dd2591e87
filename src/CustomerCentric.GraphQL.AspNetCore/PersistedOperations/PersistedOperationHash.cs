using System.Security.Cryptography;
using System.Text;

namespace CustomerCentric.GraphQL.AspNetCore.PersistedOperations;

/// <summary>The key of a persisted operation: lowercase hex SHA-256 of the document's UTF-8 bytes, as Apollo clients compute it.</summary>
public static class PersistedOperationHash
{
    public static string Compute(string query)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(query), hash);
        return Convert.ToHexStringLower(hash);
    }
}
