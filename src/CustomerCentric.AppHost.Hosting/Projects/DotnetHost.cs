namespace CustomerCentric.AppHost.Hosting.Projects;

/// <summary>Finds the `dotnet` host that runs the services' build outputs.</summary>
internal static class DotnetHost
{
    private static readonly Lazy<string?> Path = new(Locate);

    public static string? Find() => Path.Value;

    private static string? Locate()
    {
        // running as `dotnet AppHost.dll`: the same host; under `dotnet test` the SDK names it in DOTNET_HOST_PATH
        var candidates = new List<string?> { Environment.ProcessPath, Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") };
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries).Select(folder => System.IO.Path.Combine(folder, "dotnet")));
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { } root)
        {
            candidates.Add(System.IO.Path.Combine(root, "dotnet"));
        }

        return candidates.FirstOrDefault(candidate =>
            candidate is not null && System.IO.Path.GetFileName(candidate) == "dotnet" && File.Exists(candidate));
    }
}
