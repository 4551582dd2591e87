using System.Buffers.Text;
using System.Text;
using CustomerCentric.GraphQL.Error;

namespace CustomerCentric.Api.Schema.Relay;

/// <summary>
/// Opaque global IDs (Relay's object identification): "Customer:&lt;uuid&gt;" in base64url. Clients store and pass them back,
/// never parse them; <c>node(id:)</c> finds any object by one.
/// </summary>
public static class NodeId
{
    public static string Encode(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + id.ToString("N")));

    /// <summary>The type name and key of a global ID, or null when it is not one of ours.</summary>
    public static (string TypeName, Guid Id)? TryDecode(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 200)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(value);
        }
        catch (FormatException)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Guid.TryParseExact(text[(colon + 1)..], "N", out var id) ? (text[..colon], id) : null;
    }

    /// <summary>The key of a global ID that must name a <paramref name="typeName"/>; a GraphQL error (BAD_USER_INPUT) otherwise.</summary>
    public static Guid Decode(string value, string typeName) =>
        TryDecode(value) is { } decoded && decoded.TypeName == typeName
            ? decoded.Id
            : throw new GraphQLError($"'{value}' is not the ID of a {typeName}.", extensions: new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });

    /// <summary>Like <see cref="Decode"/> but null instead of an error (for mutations that answer with typed errors).</summary>
    public static Guid? DecodeOrNull(string? value, string typeName) =>
        TryDecode(value) is { } decoded && decoded.TypeName == typeName ? decoded.Id : null;
}
