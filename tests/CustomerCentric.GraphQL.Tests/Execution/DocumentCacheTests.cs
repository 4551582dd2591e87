using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Execution;

public sealed class DocumentCacheTests
{
    private static readonly GraphQLSchema Schema = ExecutionTestSchema.Build(
        "type Query { hello: String }", new SchemaResolvers().Field("Query", "hello", _ => new ValueTask<object?>("world")));

    [Fact]
    public void A_repeated_text_is_prepared_once_and_found_afterwards()
    {
        var cache = new DocumentCache(4);
        var prepared = 0;

        var first = cache.GetOrAdd("{ hello }", text => { prepared++; return Valid(text); });
        var second = cache.GetOrAdd(new string("{ hello }".AsSpan()), text => { prepared++; return Valid(text); });

        Assert.Equal(1, prepared);
        Assert.Same(first, second);
        Assert.True(cache.TryGet("{ hello }", out var found));
        Assert.Same(first, found);
        Assert.False(cache.TryGet("{ hello  }", out _));
    }

    [Fact]
    public void The_same_query_instance_is_found_again_until_its_document_is_evicted()
    {
        // The second lookup of one instance is answered by reference; eviction must end that too.
        var cache = new DocumentCache(1);
        var text = new string("{ a: hello }".AsSpan());
        var first = cache.GetOrAdd(text, Valid);
        Assert.True(cache.TryGet(text, out var found) && ReferenceEquals(first, found));
        Assert.True(cache.TryGet(text, out found) && ReferenceEquals(first, found));

        cache.GetOrAdd("{ b: hello }", Valid);

        Assert.False(cache.TryGet(text, out _));
        Assert.False(cache.TryGet("{ a: hello }", out _));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void The_cache_never_holds_more_than_its_capacity()
    {
        var cache = new DocumentCache(3);

        for (var i = 0; i < 50; i++)
        {
            cache.GetOrAdd($"{{ a{i}: hello }}", Valid);
            Assert.True(cache.Count <= 3);
        }

        Assert.Equal(3, cache.Count);
        Assert.True(cache.TryGet("{ a49: hello }", out _));
    }

    [Fact]
    public void A_full_cache_evicts_a_document_nobody_asked_for_again_and_keeps_the_one_in_use()
    {
        var cache = new DocumentCache(2);
        cache.GetOrAdd("{ a: hello }", Valid);
        cache.GetOrAdd("{ b: hello }", Valid);
        Assert.True(cache.TryGet("{ a: hello }", out _));

        cache.GetOrAdd("{ c: hello }", Valid);

        Assert.True(cache.TryGet("{ a: hello }", out _));
        Assert.False(cache.TryGet("{ b: hello }", out _));
        Assert.True(cache.TryGet("{ c: hello }", out _));
    }

    [Fact]
    public void Documents_in_steady_use_survive_a_stream_of_one_off_documents()
    {
        var cache = new DocumentCache(8);
        string[] hot = ["{ h0: hello }", "{ h1: hello }", "{ h2: hello }"];
        foreach (var text in hot)
        {
            cache.GetOrAdd(text, Valid);
        }

        for (var i = 0; i < 100; i++)
        {
            foreach (var text in hot)
            {
                Assert.True(cache.TryGet(text, out _), $"{text} was evicted after {i} one-off documents");
            }

            cache.GetOrAdd($"{{ once{i}: hello }}", Valid);
        }
    }

    [Fact]
    public async Task Concurrent_use_keeps_the_bound_and_answers_every_text_with_its_own_document()
    {
        var cache = new DocumentCache(16);
        var token = TestContext.Current.CancellationToken;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                var alias = $"f{(i * 7 + worker) % 40}";
                var prepared = cache.GetOrAdd($"{{ {alias}: hello }}", Valid);
                var operation = (OperationDefinitionNode)prepared.Document!.Definitions[0];
                Assert.Equal(alias, ((FieldNode)operation.SelectionSet.Selections[0]).Alias?.Value);
                Assert.True(cache.Count <= 16);
            }
        }, token)));

        Assert.True(cache.Count <= 16);
    }

    [Fact]
    public void A_capacity_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentCache(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraphQLExecutor(Schema, new GraphQLExecutorOptions { DocumentCacheSize = -1 }));
    }

    [Fact]
    public async Task The_executor_validates_a_repeated_query_once()
    {
        var validations = 0;
        var executor = new GraphQLExecutor(Schema, new GraphQLExecutorOptions { Validation = (_, _) => { validations++; return []; } });

        var first = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" }, TestContext.Current.CancellationToken);
        var second = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" }, TestContext.Current.CancellationToken);

        Assert.Equal(1, validations);
        Assert.Equal("""{"data":{"hello":"world"}}""", first.ToJson());
        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.Equal(1, executor.Documents!.Count);
    }

    [Fact]
    public async Task An_invalid_document_is_judged_once_and_its_errors_are_answered_from_the_cache()
    {
        var validations = 0;
        var executor = new GraphQLExecutor(Schema, new GraphQLExecutorOptions
        {
            Validation = (_, document) => { validations++; return [new GraphQLError("Rejected by validation.", [document.Definitions[0]])]; },
        });

        var first = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" }, TestContext.Current.CancellationToken);
        var second = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" }, TestContext.Current.CancellationToken);
        var syntax = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello" }, TestContext.Current.CancellationToken);
        var syntaxAgain = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello" }, TestContext.Current.CancellationToken);

        Assert.Equal(1, validations);
        Assert.Equal("""{"errors":[{"message":"Rejected by validation.","locations":[{"line":1,"column":1}]}]}""", second.ToJson());
        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.False(second.HasData);
        Assert.StartsWith("""{"errors":[{"message":"Syntax Error""", syntaxAgain.ToJson(), StringComparison.Ordinal);
        Assert.Equal(syntax.ToJson(), syntaxAgain.ToJson());
        Assert.Equal(2, executor.Documents!.Count);
    }

    [Fact]
    public async Task Without_a_cache_every_request_is_validated()
    {
        var validations = 0;
        var executor = new GraphQLExecutor(Schema, new GraphQLExecutorOptions { DocumentCacheSize = 0, Validation = (_, _) => { validations++; return []; } });

        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" }, TestContext.Current.CancellationToken);
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" }, TestContext.Current.CancellationToken);

        Assert.Equal(2, validations);
        Assert.Null(executor.Documents);
    }

    [Fact]
    public async Task A_full_executor_cache_evicts_one_document_instead_of_starting_over()
    {
        var validated = new List<string>();
        var executor = new GraphQLExecutor(Schema, new GraphQLExecutorOptions
        {
            DocumentCacheSize = 2,
            Validation = (_, document) => { validated.Add(Printer.Print(document)); return []; },
        });
        var token = TestContext.Current.CancellationToken;

        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a: hello }" }, token);
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ b: hello }" }, token);
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a: hello }" }, token);
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ c: hello }" }, token);
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a: hello }" }, token);

        Assert.Equal(3, validated.Count);
        Assert.Equal(2, executor.Documents!.Count);
    }

    private static PreparedDocument Valid(string text) => PreparedDocument.Valid(Parser.Parse(text));
}
