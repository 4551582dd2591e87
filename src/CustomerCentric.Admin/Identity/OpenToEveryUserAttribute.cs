namespace CustomerCentric.Admin.Identity;

/// <summary>Marks a page whose forms anyone may post (sign-in, sign-out, error pages); see <see cref="AdminOnlyChangesFilter"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OpenToEveryUserAttribute : Attribute;
