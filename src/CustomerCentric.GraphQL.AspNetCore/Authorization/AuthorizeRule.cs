namespace CustomerCentric.GraphQL.AspNetCore.Authorization;

/// <summary>
/// What a field or object type asks of the caller: to be authenticated, and when <see cref="Policy"/> is set, to satisfy that
/// ASP.NET Core authorization policy. Stored in <c>Metadata[AuthorizeRule.MetadataKey]</c> of the field or type.
/// </summary>
public sealed record AuthorizeRule(string? Policy = null)
{
    public const string MetadataKey = "authorize";
}
