namespace CustomerCentric.AppHost.Tests.Stack;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The AppHost built with the tests' configuration (the test project's reference builds it).</summary>
    public static string AppHostAssembly
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
            return Path.Combine(Root, "CustomerCentric.AppHost", "bin", framework.Parent!.Name, framework.Name, "CustomerCentric.AppHost.dll");
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CustomerCentric.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CustomerCentric.sln above {AppContext.BaseDirectory}.");
    }
}
