namespace CustomerCentric.AppHost.Hosting;

/// <summary>How the AppHost runs, from its command line: --fresh, --isolated, --data-dir &lt;folder&gt;.</summary>
public sealed record DistributedApplicationOptions
{
    public const string Usage = """
        usage: CustomerCentric.AppHost [--fresh] [--isolated] [--data-dir <folder>]
          --fresh       delete the kept data (.apphost/data) and start from an empty, newly seeded database
          --isolated    free ports only and a temporary data folder deleted at the end (tests, a second stack beside the first)
          --data-dir    where data, logs and endpoints.json go (default: .apphost at the repository root)
        """;

    /// <summary>The folder holding CustomerCentric.sln; project paths are relative to it.</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>Build configuration whose outputs the services run from (the AppHost's own).</summary>
    public required string Configuration { get; init; }

    /// <summary>Holds data/&lt;resource&gt;, logs/ and endpoints.json.</summary>
    public required string DataDirectory { get; init; }

    public bool Fresh { get; init; }

    /// <summary>Free ports for everything and a temporary data folder removed at the end.</summary>
    public bool Isolated { get; init; }

    /// <summary>True when the data folder was created for this run and is deleted when it stops.</summary>
    internal bool TemporaryDataDirectory { get; init; }

    public int? DashboardPort { get; init; } = 18888;

    public string LogDirectory => Path.Combine(DataDirectory, "logs");

    public string EndpointsFile => Path.Combine(DataDirectory, "endpoints.json");

    /// <exception cref="ArgumentException">An unknown argument, with the usage.</exception>
    public static DistributedApplicationOptions Parse(IReadOnlyList<string> args)
    {
        bool fresh = false, isolated = false;
        string? dataDirectory = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--fresh":
                    fresh = true;
                    break;
                case "--isolated":
                    isolated = true;
                    break;
                case "--data-dir" when i + 1 < args.Count:
                    dataDirectory = Path.GetFullPath(args[++i]);
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.\n{Usage}");
            }
        }

        var root = FindRepositoryRoot();
        var temporary = isolated && dataDirectory is null;
        return new DistributedApplicationOptions
        {
            RepositoryRoot = root,
            Configuration = BuildConfiguration(),
            DataDirectory = dataDirectory
                ?? (isolated ? Directory.CreateTempSubdirectory("customercentric-apphost-").FullName : Path.Combine(root, ".apphost")),
            Fresh = fresh,
            Isolated = isolated,
            TemporaryDataDirectory = temporary,
            DashboardPort = isolated ? null : 18888,
        };
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "CustomerCentric.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"CustomerCentric.sln is not above {AppContext.BaseDirectory} or the current folder: run the AppHost from the repository.");
    }

    /// <summary>bin/&lt;configuration&gt;/&lt;framework&gt;/: the services were built with the same configuration.</summary>
    private static string BuildConfiguration()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return framework.Parent is { Parent.Name: "bin" } configuration ? configuration.Name : "Debug";
    }
}
