namespace CustomerCentric.Benchmarks;

/// <summary>Folders of the repository's source tree, found from wherever the benchmark runs.</summary>
public static class SourceTree
{
    /// <summary>
    /// The folder at <paramref name="relativePath"/> (from the repository root) in the nearest directory above the running
    /// assembly that has it: BenchmarkDotNet runs a generated copy of this assembly below bin/.
    /// </summary>
    public static string Find(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No {relativePath} above {AppContext.BaseDirectory}.");
    }
}
