using System.Collections.Concurrent;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Introspection;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// The request pipeline a transport calls: parse (with limits), validate, execute. Syntax and validation errors give a response
/// without "data", as graphql-js does; documents that parsed and validated are cached by their text.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly ConcurrentDictionary<string, DocumentNode> _documents = new(StringComparer.Ordinal);

    public GraphQLExecutor(GraphQLSchema schema, GraphQLExecutorOptions? options = null)
    {
        Schema = (schema ?? throw new ArgumentNullException(nameof(schema))).AssertValid();
        Options = options ?? new GraphQLExecutorOptions();
    }

    public GraphQLSchema Schema { get; }

    public GraphQLExecutorOptions Options { get; }

    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TryPrepare(request.Query, out var document, out var errors)
            ? Executor.ExecuteAsync(CreateExecutionRequest(request, document, cancellationToken))
            : new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(errors));
    }

    public ValueTask<SubscriptionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TryPrepare(request.Query, out var document, out var errors)
            ? Executor.SubscribeAsync(CreateExecutionRequest(request, document, cancellationToken))
            : new ValueTask<SubscriptionResult>(SubscriptionResult.FromError(ExecutionResult.FromErrors(errors)));
    }

    /// <summary>
    /// Parses and validates <paramref name="query"/>; transports use it to learn the operation type before executing
    /// (GET may only run queries, subscriptions go to a stream).
    /// </summary>
    public bool TryPrepare(string query, out DocumentNode document, out IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        errors = [];
        if (_documents.TryGetValue(query, out document!))
        {
            return true;
        }

        try
        {
            document = Parser.Parse(new Source(query), Options.Parser);
        }
        catch (GraphQLError syntaxError)
        {
            errors = [syntaxError];
            return false;
        }

        var problems = Options.Validation?.Invoke(Schema, document) ?? [];
        if (problems.Count == 0 && !Options.AllowIntrospection)
        {
            problems = SchemaIntrospectionCheck.Check(document);
        }

        if (problems.Count > 0)
        {
            errors = problems;
            return false;
        }

        if (Options.DocumentCacheSize > 0)
        {
            // A full cache starts over: cheap, and a steady set of client queries refills it at once.
            if (_documents.Count >= Options.DocumentCacheSize)
            {
                _documents.Clear();
            }

            _documents.TryAdd(query, document);
        }

        return true;
    }

    private ExecutionRequest CreateExecutionRequest(GraphQLRequest request, DocumentNode document, CancellationToken cancellationToken) => new()
    {
        Schema = Schema,
        Document = document,
        OperationName = request.OperationName,
        VariableValues = request.Variables,
        RootValue = Options.RootValue,
        RequestServices = request.RequestServices,
        Items = request.Items,
        CancellationToken = cancellationToken,
        Timeout = Options.Timeout,
        AllowIntrospection = Options.AllowIntrospection,
    };
}
