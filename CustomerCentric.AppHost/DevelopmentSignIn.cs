namespace CustomerCentric.AppHost;

/// <summary>
/// The first admin of a local run, created by the admin on its first start (Admin:BootstrapEmail/Password) and printed
/// with its link. Development only: a deployed admin gets its own from configuration.
/// </summary>
public static class DevelopmentSignIn
{
    public const string AdminEmail = "admin@customercentric.local";

    public const string AdminPassword = "Local-Admin-2026!";
}
