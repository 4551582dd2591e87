namespace CustomerCentric.GraphQL.Tests.Conformance;

/// <summary>
/// The conformance cases: the folders under Conformance/Cases plus those under each path of GRAPHQL_CONFORMANCE_CASES (':'-separated).
/// A case folder holds schema.graphql, data.json and operations *.graphql with optional .variables.json / .operation.txt, and optionally
/// &lt;op&gt;.spec-expected.json with &lt;op&gt;.spec.md: the spec's answer where graphql-js deviates from the spec, and why.
/// </summary>
public static class ConformanceCorpus
{
    public const string ExtraCasesVariable = "GRAPHQL_CONFORMANCE_CASES";

    private static readonly Lazy<IReadOnlyList<string>> LazyCaseDirectories = new(FindCaseDirectories);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Every case folder, built-in first.</summary>
    public static IReadOnlyList<string> CaseDirectories => LazyCaseDirectories.Value;

    /// <summary>"case/operation" for every operation, the key the oracle uses too.</summary>
    public static IEnumerable<string> OperationKeys()
    {
        foreach (var directory in CaseDirectories)
        {
            foreach (var file in Directory.GetFiles(directory, "*.graphql").Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(file) != "schema.graphql")
                {
                    yield return Path.GetFileName(directory) + "/" + Path.GetFileNameWithoutExtension(file);
                }
            }
        }
    }

    /// <summary>The SDL documents under Conformance/SdlCases, each checked by graphql-js's <c>validateSDL</c> and ours.</summary>
    public static IReadOnlyList<string> SdlCaseFiles { get; } =
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot, "tests", "CustomerCentric.GraphQL.Tests", "Conformance", "SdlCases"), "*.graphql").Order(StringComparer.Ordinal)];

    public static string DirectoryOf(string caseName) =>
        CaseDirectories.Single(directory => Path.GetFileName(directory) == caseName);

    private static IReadOnlyList<string> FindCaseDirectories()
    {
        var roots = new List<string> { Path.Combine(RepositoryRoot, "tests", "CustomerCentric.GraphQL.Tests", "Conformance", "Cases") };
        if (Environment.GetEnvironmentVariable(ExtraCasesVariable) is { Length: > 0 } extra)
        {
            roots.AddRange(extra.Split(':', StringSplitOptions.RemoveEmptyEntries));
        }

        var directories = new List<string>();
        foreach (var root in roots)
        {
            if (!Directory.Exists(root))
            {
                throw new DirectoryNotFoundException($"Conformance case root \"{root}\" does not exist (from {ExtraCasesVariable} or the built-in cases).");
            }

            directories.AddRange(Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "schema.graphql"))).Order(StringComparer.Ordinal));
        }

        var duplicate = directories.GroupBy(Path.GetFileName).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two conformance case folders are named \"{duplicate.Key}\": {string.Join(", ", duplicate)}. Case names must be unique.");
        }

        return directories;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CustomerCentric.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"CustomerCentric.sln not found above {AppContext.BaseDirectory}.");
    }
}
