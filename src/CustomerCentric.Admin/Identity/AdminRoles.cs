using System.Security.Claims;

namespace CustomerCentric.Admin.Identity;

/// <summary>The two roles: admins change things, viewers only read.</summary>
public static class AdminRoles
{
    public const string Admin = "Admin";
    public const string Viewer = "Viewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Viewer];

    /// <summary>Whether the user may change things (the pages show edit controls only then).</summary>
    public static bool CanEdit(this ClaimsPrincipal user) => user.IsInRole(Admin);

    /// <summary>The name recorded in audit entries and rule set versions.</summary>
    public static string ActorName(this ClaimsPrincipal user) =>
        user.Identity?.Name is { Length: > 0 } name ? name : throw new InvalidOperationException("The request has no signed-in user.");
}
