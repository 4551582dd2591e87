using CustomerCentric.Api.Schema;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.Api.Tests.Schema;

/// <summary>The committed SDL (src/CustomerCentric.Api/schema.graphql) is what clients review: it must match the code.</summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public void The_committed_schema_graphql_is_the_printed_schema()
    {
        var printed = SchemaPrinter.PrintSchema(ApiSchema.Create()).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(RepositoryRoot(), "src", "CustomerCentric.Api", "schema.graphql");
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (committed != printed && Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
            return;
        }

        Assert.True(
            committed == printed,
            $"src/CustomerCentric.Api/schema.graphql differs from the schema the code defines. If the change is intended, run " +
            $"`UPDATE_SCHEMA=1 dotnet test tests/CustomerCentric.Api.Tests --filter-method '*committed_schema*'` and commit the file.\n" +
            $"First difference at character {FirstDifference(committed, printed)}.");
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CustomerCentric.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (CustomerCentric.sln) is not above " + AppContext.BaseDirectory);
    }
}
