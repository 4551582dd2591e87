using System.Diagnostics;
using System.Text.Json;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Utilities;
using CustomerCentric.GraphQL.Validation;

namespace CustomerCentric.GraphQL.Tests.Validation;

/// <summary>
/// The validation half of the conformance corpus: each document of Conformance/Cases/validation is parsed and validated by
/// our engine against the case schema built by our BuildSchema, and compared with what graphql-js 16.15 reports for it
/// (tests/js/graphql-js-oracle.mjs, run once). A case graphql-js executed must be valid here; otherwise the errors must match
/// in count, message and locations, in order.
/// </summary>
public sealed class ValidationConformanceTests
{
    private static readonly Lazy<JsonElement> Oracle = new(RunOracle);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CaseDirectory, "*.graphql").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (name != "schema")
            {
                data.Add(name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Errors_match_graphql_js(string caseName)
    {
        var expected = Oracle.Value.GetProperty("validation/" + caseName);
        var schema = BuildAstSchema.BuildSchema(File.ReadAllText(Path.Combine(CaseDirectory, "schema.graphql")));
        var text = File.ReadAllText(Path.Combine(CaseDirectory, caseName + ".graphql"));

        IReadOnlyList<GraphQLError> actual;
        try
        {
            actual = DocumentValidator.Validate(schema, Parser.Parse(text));
        }
        catch (GraphQLError syntaxError)
        {
            actual = [syntaxError];
        }

        if (expected.TryGetProperty("data", out _))
        {
            Assert.Empty(actual.Select(error => error.ToString()));
            return;
        }

        var expectedErrors = expected.GetProperty("errors").EnumerateArray().Select(Describe).ToList();
        Assert.Equal(expectedErrors, actual.Select(ValidationHarness.Describe).ToList());
    }

    [Fact]
    public void The_corpus_has_invalid_and_valid_cases()
    {
        var results = Oracle.Value.EnumerateObject().Where(entry => entry.Name.StartsWith("validation/", StringComparison.Ordinal)).ToList();

        Assert.Equal(Cases().Count, results.Count);
        Assert.Contains(results, entry => entry.Value.TryGetProperty("data", out _));
        Assert.Contains(results, entry => !entry.Value.TryGetProperty("data", out _));
    }

    private static string Describe(JsonElement error)
    {
        var locations = error.TryGetProperty("locations", out var list)
            ? list.EnumerateArray().Select(location => $"{location.GetProperty("line").GetInt32()}:{location.GetProperty("column").GetInt32()}")
            : [];
        return error.GetProperty("message").GetString() + " @ " + string.Join(" ", locations);
    }

    private static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "tests", "js", "graphql-js-oracle.mjs")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("tests/js/graphql-js-oracle.mjs not found above " + AppContext.BaseDirectory);
        }
    }

    private static string CaseDirectory =>
        Path.Combine(RepositoryRoot, "tests", "CustomerCentric.GraphQL.Tests", "Conformance", "Cases", "validation");

    private static JsonElement RunOracle()
    {
        var root = RepositoryRoot;
        if (!Directory.Exists(Path.Combine(root, "tests", "js", "node_modules", "graphql")))
        {
            throw new InvalidOperationException("graphql-js is not installed: run (cd tests/js && npm ci).");
        }

        var start = new ProcessStartInfo("node", ["tests/js/graphql-js-oracle.mjs", CaseDirectory])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var errorOutput = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The graphql-js oracle failed ({process.ExitCode}): {errorOutput.Result}");
        }

        using var json = JsonDocument.Parse(output);
        return json.RootElement.Clone();
    }
}
