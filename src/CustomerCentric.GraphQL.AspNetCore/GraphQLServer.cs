using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CustomerCentric.GraphQL.AspNetCore.Authorization;
using CustomerCentric.GraphQL.AspNetCore.Errors;
using CustomerCentric.GraphQL.AspNetCore.Http;
using CustomerCentric.GraphQL.AspNetCore.PersistedOperations;
using CustomerCentric.GraphQL.AspNetCore.Telemetry;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Limits;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.GraphQL.AspNetCore;

/// <summary>
/// The transport-independent part of the server: persisted operations, parse and validate (through <see cref="GraphQLExecutor"/>),
/// the operation checks (mutations over GET, authenticated mutations), execution with the caller in the request's items, error
/// codes and masking, and telemetry. HTTP and WebSocket endpoints call it; one instance per schema (a singleton).
/// </summary>
public sealed class GraphQLServer
{
    private readonly IPersistedOperationStore? _persistedOperations;
    private readonly ILogger<GraphQLServer> _logger;
    private readonly Lazy<string> _sdl;

    public GraphQLServer(GraphQLSchema schema, GraphQLServerOptions options, IHostEnvironment environment, IPersistedOperationStore? persistedOperations, ILogger<GraphQLServer> logger)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _persistedOperations = persistedOperations;
        _logger = logger;
        if (options.OnlyPersistedOperations && persistedOperations is null)
        {
            throw new InvalidOperationException("OnlyPersistedOperations needs a persisted operation store: call AddInMemoryPersistedOperations() or AddRedisPersistedOperations().");
        }

        var development = environment.IsDevelopment();
        IntrospectionAllowed = options.AllowIntrospection ?? development;
        IncludeExceptionDetails = options.IncludeExceptionDetails ?? development;
        GraphiQLEnabled = options.EnableGraphiQL ?? IntrospectionAllowed;
        SchemaRequestsEnabled = options.EnableSchemaRequests ?? IntrospectionAllowed;
        SchemaAuthorization.Apply(schema);
        Executor = new GraphQLExecutor(schema, new GraphQLExecutorOptions { AllowIntrospection = IntrospectionAllowed, Timeout = options.ExecutionTimeout, EagerJson = true });
        _sdl = new Lazy<string>(() => SchemaPrinter.PrintSchema(schema));
    }

    public GraphQLExecutor Executor { get; }

    public GraphQLSchema Schema => Executor.Schema;

    public GraphQLServerOptions Options { get; }

    public bool IntrospectionAllowed { get; }

    public bool IncludeExceptionDetails { get; }

    public bool GraphiQLEnabled { get; }

    public bool SchemaRequestsEnabled { get; }

    /// <summary>The query strings of recent POST bodies by their JSON text (HTTP reads them through it).</summary>
    internal QueryTextCache QueryTexts { get; } = new();

    /// <summary>The schema in SDL, printed once.</summary>
    public string Sdl => _sdl.Value;

    /// <summary>Runs a query or mutation (a subscription is refused: it needs a stream).</summary>
    public async ValueTask<OperationResponse> ExecuteAsync(OperationRequest request, OperationContext context)
    {
        using var activity = StartActivity(context);
        var started = Stopwatch.GetTimestamp();
        var (prepared, failure) = await PrepareAsync(request, context).ConfigureAwait(false);
        if (failure is null && prepared!.Type == OperationType.Subscription)
        {
            failure = Failure("Subscriptions are served over WebSocket with the graphql-transport-ws protocol.", ErrorCodes.OperationNotSupported, OperationOutcome.RequestError, context);
        }
        else if (failure is null && prepared!.Type == OperationType.Mutation && context.Transport == OperationContext.HttpGet)
        {
            failure = Failure("Mutations cannot be sent with GET; use POST.", ErrorCodes.BadRequest, OperationOutcome.MutationOverGet, context);
        }

        var response = failure ?? RefuseUnauthenticated(prepared!, context) ?? await RunAsync(prepared!, context).ConfigureAwait(false);
        Record(activity, started, prepared, response, context);
        return response;
    }

    /// <summary>Runs a query or mutation that <see cref="PrepareAsync"/> returned (streaming transports prepare first).</summary>
    public async ValueTask<OperationResponse> ExecutePreparedAsync(PreparedOperation operation, OperationContext context)
    {
        using var activity = StartActivity(context);
        var started = Stopwatch.GetTimestamp();
        var response = RefuseUnauthenticated(operation, context) ?? await RunAsync(operation, context).ConfigureAwait(false);
        Record(activity, started, operation, response, context);
        return response;
    }

    /// <summary>
    /// Prepares an operation for a streaming transport: the persisted-operation, parse, validation and operation checks of
    /// <see cref="ExecuteAsync"/>. Either the operation or the response that refuses it.
    /// </summary>
    public async ValueTask<(PreparedOperation? Operation, OperationResponse? Failure)> PrepareAsync(OperationRequest request, OperationContext context)
    {
        var (query, failure) = await ResolveQueryAsync(request, context).ConfigureAwait(false);
        if (failure is not null)
        {
            return (null, failure);
        }

        if (!Executor.TryPrepare(query!, out var document, out var errors))
        {
            var code = errors is [{ } first] && first.Message.StartsWith("Syntax Error", StringComparison.Ordinal) ? ErrorCodes.ParseFailed : ErrorCodes.ValidationFailed;
            return (null, new OperationResponse(Format(ExecutionResult.FromErrors(errors), code, context), OperationOutcome.RequestError));
        }

        var operation = GraphQL.Execution.Executor.GetOperation(document, request.OperationName, out var operationError);
        if (operation is null)
        {
            return (null, new OperationResponse(Format(ExecutionResult.FromErrors([operationError!]), ErrorCodes.OperationResolutionFailure, context), OperationOutcome.RequestError));
        }

        if (Options.OperationLimits is { } limits)
        {
            var variables = request.Variables is { ValueKind: JsonValueKind.Object } given ? JsonValues.ToClr(given) as IReadOnlyDictionary<string, object?> : null;
            var analysis = OperationLimitsAnalyzer.Analyze(Schema, document, request.OperationName, variables, limits);
            if (!analysis.IsWithinLimits)
            {
                return (null, new OperationResponse(Format(ExecutionResult.FromErrors(analysis.Errors), ErrorCodes.ValidationFailed, context), OperationOutcome.RequestError));
            }
        }

        if (request.Query is not null && _persistedOperations is not null && PersistedHash(request) is { } hash && !Options.OnlyPersistedOperations)
        {
            // Registered only once it parsed and validated: the store never holds documents that cannot run.
            await SaveAsync(hash, query!, context).ConfigureAwait(false);
        }

        var items = new Dictionary<string, object?>(StringComparer.Ordinal) { [GraphQLServerItems.User] = context.User };
        if (context.HttpContext is not null)
        {
            items[GraphQLServerItems.HttpContext] = context.HttpContext;
        }

        var graphQLRequest = new GraphQLRequest
        {
            Query = query!,
            OperationName = request.OperationName,
            Variables = request.Variables,
            RequestServices = context.Services,
            Items = items,
        };
        return (new PreparedOperation(graphQLRequest, operation), null);
    }

    /// <summary>The refusal of a mutation by an anonymous caller when <see cref="GraphQLServerOptions.RequireAuthenticatedMutations"/> is on.</summary>
    public OperationResponse? RefuseUnauthenticated(PreparedOperation operation, OperationContext context) =>
        Options.RequireAuthenticatedMutations && operation.Type == OperationType.Mutation && context.User?.Identity?.IsAuthenticated != true
            ? Failure("Mutations need an authenticated caller.", ErrorCodes.NotAuthenticated, OperationOutcome.Unauthenticated, context)
            : null;

    /// <summary>Starts a subscription's event stream; each response's errors are coded and masked like any other.</summary>
    public async ValueTask<(IAsyncEnumerable<ExecutionResult>? Stream, OperationResponse? Failure)> SubscribeAsync(PreparedOperation operation, OperationContext context)
    {
        using var activity = StartActivity(context);
        var started = Stopwatch.GetTimestamp();
        var subscription = await Executor.SubscribeAsync(operation.Request, context.CancellationToken).ConfigureAwait(false);
        if (subscription.Error is { } error)
        {
            var failure = new OperationResponse(Format(error, ErrorCodes.BadUserInput, context), OperationOutcome.RequestError);
            Record(activity, started, operation, failure, context);
            return (null, failure);
        }

        Record(activity, started, operation, null, context);
        return (FormatEach(subscription.Stream!, context), null);
    }

    private async ValueTask<OperationResponse> RunAsync(PreparedOperation operation, OperationContext context)
    {
        var result = await Executor.ExecuteAsync(operation.Request, context.CancellationToken).ConfigureAwait(false);
        return new OperationResponse(
            Format(result, result.HasData ? ErrorCodes.InternalServerError : ErrorCodes.BadUserInput, context),
            result.HasData ? OperationOutcome.Executed : OperationOutcome.RequestError);
    }

    /// <summary>A response with one error and no data.</summary>
    public OperationResponse Failure(string message, string code, OperationOutcome outcome, OperationContext context) =>
        new(Format(ExecutionResult.FromErrors([ErrorFormatter.Error(message, code)]), code, context), outcome);

    private async IAsyncEnumerable<ExecutionResult> FormatEach(IAsyncEnumerable<ExecutionResult> stream, OperationContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var result in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return Format(result, ErrorCodes.InternalServerError, context);
        }
    }

    private async ValueTask<(string? Query, OperationResponse? Failure)> ResolveQueryAsync(OperationRequest request, OperationContext context)
    {
        if (request.Extensions is { } extensions && extensions.TryGetProperty("persistedQuery", out var persisted) && persisted.ValueKind != JsonValueKind.Null)
        {
            if (persisted.ValueKind != JsonValueKind.Object
                || !persisted.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != 1)
            {
                return (null, Failure("Unsupported persisted query version.", ErrorCodes.PersistedQueryNotSupported, OperationOutcome.RequestError, context));
            }

            if (!persisted.TryGetProperty("sha256Hash", out var hashElement) || hashElement.ValueKind != JsonValueKind.String || hashElement.GetString() is not { Length: > 0 } hash)
            {
                return (null, Failure("The persisted query's 'sha256Hash' must be a string.", ErrorCodes.BadRequest, OperationOutcome.BadRequest, context));
            }

            if (_persistedOperations is null)
            {
                return (null, Failure("PersistedQueryNotSupported", ErrorCodes.PersistedQueryNotSupported, OperationOutcome.RequestError, context));
            }

            if (request.Query is null)
            {
                var stored = await LookUpAsync(hash.ToLowerInvariant(), context).ConfigureAwait(false);
                return stored is null
                    ? (null, Failure("PersistedQueryNotFound", ErrorCodes.PersistedQueryNotFound, OperationOutcome.RequestError, context))
                    : (stored, null);
            }

            if (!string.Equals(PersistedOperationHash.Compute(request.Query), hash, StringComparison.OrdinalIgnoreCase))
            {
                return (null, Failure("provided sha does not match query", ErrorCodes.BadRequest, OperationOutcome.BadRequest, context));
            }
        }
        else if (request.Query is null)
        {
            return (null, Failure("The 'query' parameter must be a string.", ErrorCodes.BadRequest, OperationOutcome.BadRequest, context));
        }

        if (Options.OnlyPersistedOperations
            && await LookUpAsync(PersistedOperationHash.Compute(request.Query), context).ConfigureAwait(false) is null)
        {
            return (null, Failure("Only persisted operations are allowed.", ErrorCodes.PersistedQueryOnly, OperationOutcome.RequestError, context));
        }

        return (request.Query, null);
    }

    /// <summary>
    /// A stored operation, or null when unknown or when the store cannot be reached (Redis down): clients then send the full
    /// query, which runs, and <see cref="GraphQLServerOptions.OnlyPersistedOperations"/> refuses, so it fails closed.
    /// </summary>
    private async ValueTask<string?> LookUpAsync(string hash, OperationContext context)
    {
        try
        {
            return await _persistedOperations!.GetAsync(hash, context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogWarning(exception, "The persisted operation store could not be read; {Hash} is treated as unknown", hash);
            return null;
        }
    }

    /// <summary>Registers an operation; when the store cannot be reached the operation still runs, unregistered.</summary>
    private async ValueTask SaveAsync(string hash, string query, OperationContext context)
    {
        try
        {
            await _persistedOperations!.SaveAsync(hash, query, context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogWarning(exception, "The persisted operation store could not be written; {Hash} runs without being registered", hash);
        }
    }

    private static string? PersistedHash(OperationRequest request) =>
        request.Extensions is { } extensions && extensions.TryGetProperty("persistedQuery", out var persisted)
        && persisted.ValueKind == JsonValueKind.Object && persisted.TryGetProperty("sha256Hash", out var hash) && hash.ValueKind == JsonValueKind.String
            ? hash.GetString()!.ToLowerInvariant()
            : null;

    private ExecutionResult Format(ExecutionResult result, string defaultCode, OperationContext context)
    {
        if (result.Errors is not { Count: > 0 } errors)
        {
            return result;
        }

        foreach (var error in errors)
        {
            if (ErrorFormatter.Unexpected(error) is { } exception)
            {
                _logger.LogError(exception, "Unexpected execution error at {Path} (trace {TraceId})", error.Path is null ? "" : string.Join('.', error.Path), context.TraceId);
            }
        }

        return ErrorFormatter.Format(result, defaultCode, IncludeExceptionDetails, context.TraceId);
    }

    private static Activity? StartActivity(OperationContext context)
    {
        var activity = GraphQLTelemetry.ActivitySource.StartActivity("GraphQL Operation", ActivityKind.Internal);
        activity?.SetTag("graphql.transport", context.Transport);
        return activity;
    }

    private static void Record(Activity? activity, long started, PreparedOperation? operation, OperationResponse? response, OperationContext context)
    {
        var type = operation?.Type switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "unknown",
        };
        var transportTag = new KeyValuePair<string, object?>("graphql.transport", context.Transport);
        var typeTag = new KeyValuePair<string, object?>("graphql.operation.type", type);
        GraphQLTelemetry.Requests.Add(1, typeTag, transportTag);
        GraphQLTelemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, typeTag, transportTag);
        var errors = response?.Result.Errors;
        if (errors is not null)
        {
            foreach (var error in errors)
            {
                GraphQLTelemetry.Errors.Add(1, new KeyValuePair<string, object?>("graphql.error.code", error.Extensions?.GetValueOrDefault("code")), typeTag);
            }
        }

        if (activity is null)
        {
            return;
        }

        activity.DisplayName = operation?.Name is { } name ? $"{type} {name}" : type;
        activity.SetTag("graphql.operation.type", type);
        if (operation?.Name is { } operationName)
        {
            activity.SetTag("graphql.operation.name", operationName);
        }

        if (errors is { Count: > 0 })
        {
            activity.SetTag("graphql.errors.count", errors.Count);
            activity.SetTag("graphql.error.code", errors[0].Extensions?.GetValueOrDefault("code"));
            activity.SetStatus(ActivityStatusCode.Error, errors[0].Message);
        }
    }
}
