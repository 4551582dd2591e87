namespace CustomerCentric.AppHost;

/// <summary>
/// The sign-ins of a local run, printed with their links: the first admin, created by the admin on its first start
/// (Admin:BootstrapEmail/Password), and an API key the API accepts besides the ones the admin issues (Api:Keys).
/// Development only: a deployed stack gets its own from configuration.
/// </summary>
public static class DevelopmentSignIn
{
    public const string AdminEmail = "admin@customercentric.local";

    public const string AdminPassword = "Local-Admin-2026!";

    public const string ApiKey = "local-development-api-key";
}
