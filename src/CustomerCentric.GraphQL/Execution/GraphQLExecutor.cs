using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Introspection;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// The request pipeline a transport calls: parse (with limits), validate, execute. Syntax and validation errors give a response
/// without "data", as graphql-js does. The outcome of parsing and validating is cached by the query text (<see cref="DocumentCache"/>),
/// errors included: a document is judged once against this executor's schema and options.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly DocumentCache? _documents;
    private readonly Func<string, PreparedDocument> _prepare;

    public GraphQLExecutor(GraphQLSchema schema, GraphQLExecutorOptions? options = null)
    {
        Schema = (schema ?? throw new ArgumentNullException(nameof(schema))).AssertValid();
        Options = options ?? new GraphQLExecutorOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(Options.DocumentCacheSize, "options.DocumentCacheSize");
        _documents = Options.DocumentCacheSize > 0 ? new DocumentCache(Options.DocumentCacheSize) : null;
        _prepare = Prepare;
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

    /// <summary>The cache of prepared documents; null when <see cref="GraphQLExecutorOptions.DocumentCacheSize"/> is 0.</summary>
    public DocumentCache? Documents => _documents;

    /// <summary>
    /// Parses and validates <paramref name="query"/>; transports use it to learn the operation type before executing
    /// (GET may only run queries, subscriptions go to a stream).
    /// </summary>
    public bool TryPrepare(string query, out DocumentNode document, out IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        var prepared = _documents is null ? Prepare(query) : _documents.GetOrAdd(query, _prepare);
        document = prepared.Document!;
        errors = prepared.Errors;
        return prepared.Document is not null;
    }

    private PreparedDocument Prepare(string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(new Source(query), Options.Parser);
        }
        catch (GraphQLError syntaxError)
        {
            return PreparedDocument.Invalid([syntaxError]);
        }

        var problems = Options.Validation?.Invoke(Schema, document) ?? [];
        if (problems.Count == 0 && !Options.AllowIntrospection)
        {
            problems = SchemaIntrospectionCheck.Check(document);
        }

        return problems.Count > 0 ? PreparedDocument.Invalid(problems) : PreparedDocument.Valid(document);
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
        EagerJson = Options.EagerJson,
    };
}
