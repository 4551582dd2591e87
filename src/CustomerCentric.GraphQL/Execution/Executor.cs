using System.Globalization;
using System.Runtime.CompilerServices;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// Executes a parsed and validated document (spec section 6; graphql-js <c>execute</c> and <c>subscribe</c>).
/// Request errors (no such operation, invalid variables) give a response without "data"; field errors give partial data.
/// </summary>
public static class Executor
{
    /// <summary>spec 6.1 ExecuteRequest for queries and mutations.</summary>
    public static ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Schema.AssertValid();
        var deadline = StartDeadline(request);
        var token = deadline?.Token ?? request.CancellationToken;
        if (!TryPrepare(request, out var prepared, out var errors))
        {
            deadline?.Dispose();
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(errors));
        }

        var execution = prepared.CreateExecution(request, request.RootValue, token);
        ValueTask<object?> root;
        try
        {
            root = execution.ExecuteOperation();
        }
        catch (GraphQLError error)
        {
            deadline?.Dispose();
            return new ValueTask<ExecutionResult>(execution.BuildResult(error));
        }
        catch (OperationCanceledException) when (IsTimeout(deadline, request))
        {
            deadline!.Dispose();
            return new ValueTask<ExecutionResult>(TimedOut(request.Timeout!.Value));
        }

        if (root.IsCompletedSuccessfully)
        {
            deadline?.Dispose();
            return new ValueTask<ExecutionResult>(execution.BuildResult(root.Result));
        }

        return AwaitResultAsync(execution, root, deadline, request);
    }

    /// <summary>
    /// spec 6.1 Subscribe: creates the source event stream (6.3.1) and maps each event through execution (6.3.2 MapSourceToResponseEvent).
    /// Variables are coerced once; every event runs the operation with the event as root value and its own items (a copy of the
    /// request's) holding its own <see cref="DataLoaderScope"/>: the loads of one event are batched together and cached for that event only.
    /// </summary>
    public static async ValueTask<SubscriptionResult> SubscribeAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Schema.AssertValid();
        if (!TryPrepare(request, out var prepared, out var errors))
        {
            return SubscriptionResult.FromError(ExecutionResult.FromErrors(errors));
        }

        IAsyncEnumerable<object?> events;
        try
        {
            events = await prepared.CreateExecution(request, request.RootValue, request.CancellationToken)
                .CreateSourceEventStreamAsync().ConfigureAwait(false);
        }
        catch (GraphQLError error)
        {
            return SubscriptionResult.FromError(ExecutionResult.FromErrors([error]));
        }

        return SubscriptionResult.FromStream(MapSourceToResponseEvents(request, prepared, events));
    }

    /// <summary>spec 6.1.1 GetOperation with graphql-js's messages; null and an error when there is no single matching operation.</summary>
    public static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        ArgumentNullException.ThrowIfNull(document);
        OperationDefinitionNode? operation = null;
        error = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate)
            {
                continue;
            }

            if (operationName is null)
            {
                if (operation is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }

                operation = candidate;
            }
            else if (candidate.Name?.Value == operationName)
            {
                operation = candidate;
            }
        }

        if (operation is null)
        {
            error = new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
        }

        return operation;
    }

    private static bool TryPrepare(ExecutionRequest request, out PreparedOperation prepared, out IReadOnlyList<GraphQLError> errors)
    {
        prepared = default;
        var operation = GetOperation(request.Document, request.OperationName, out var operationError);
        if (operation is null)
        {
            errors = [operationError!];
            return false;
        }

        if (!Values.TryCoerceVariableValues(request.Schema, operation.VariableDefinitions, request.VariableValues, out var variables, out errors))
        {
            return false;
        }

        prepared = new PreparedOperation(operation, DocumentPlans.For(request.Document, request.Schema), variables);
        return true;
    }

    private static CancellationTokenSource? StartDeadline(ExecutionRequest request)
    {
        if (request.Timeout is not { } timeout)
        {
            return null;
        }

        var deadline = CancellationTokenSource.CreateLinkedTokenSource(request.CancellationToken);
        deadline.CancelAfter(timeout);
        return deadline;
    }

    private static bool IsTimeout(CancellationTokenSource? deadline, ExecutionRequest request) =>
        deadline is { IsCancellationRequested: true } && !request.CancellationToken.IsCancellationRequested;

    private static ExecutionResult TimedOut(TimeSpan timeout) => new()
    {
        HasData = true,
        Errors = [new GraphQLError($"Execution timed out after {timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms.")],
    };

    private static async ValueTask<ExecutionResult> AwaitResultAsync(
        OperationExecution execution, ValueTask<object?> root, CancellationTokenSource? deadline, ExecutionRequest request)
    {
        try
        {
            // WaitAsync: a resolver that ignores the token must not hold the response beyond the deadline.
            var work = root.AsTask();
            await DriveDataLoadersAsync(work, execution, deadline?.Token ?? CancellationToken.None).ConfigureAwait(false);
            var data = deadline is null
                ? await work.ConfigureAwait(false)
                : await work.WaitAsync(deadline.Token).ConfigureAwait(false);
            return execution.BuildResult(data);
        }
        catch (GraphQLError error)
        {
            return execution.BuildResult(error);
        }
        catch (OperationCanceledException) when (IsTimeout(deadline, request))
        {
            return TimedOut(request.Timeout!.Value);
        }
        finally
        {
            deadline?.Dispose();
        }
    }

    /// <summary>
    /// Runs the request's data loaders (the <see cref="DataLoaderScope"/> contract) until the operation's outstanding work completes.
    /// Driven from the root only: a nested selection set or list awaits while its siblings are still being started synchronously,
    /// so dispatching there would fetch after the first item with one key. Here every key collected while the executor ran synchronously
    /// is pending, so each loader fetches once per level. Only reached when the operation went asynchronous, so the synchronous path
    /// costs nothing; the scope is created now because a resolver may first use a loader later.
    /// </summary>
    private static async Task DriveDataLoadersAsync(Task<object?> work, OperationExecution execution, CancellationToken deadline)
    {
        var scope = DataLoaderScope.For(execution.Items, execution.RequestServices);
        while (!work.IsCompleted)
        {
            if (scope.HasPending)
            {
                // Keys arriving from a field that resumed on another thread: let it finish collecting them into this batch.
                while (execution.IsCompletingResumedField)
                {
                    await Task.Yield();
                }

                await scope.DispatchAsync(execution.CancellationToken).ConfigureAwait(false);
                continue;
            }

            await Task.WhenAny(work, scope.WhenPendingAsync()).WaitAsync(deadline).ConfigureAwait(false);
        }
    }

    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvents(
        ExecutionRequest request,
        PreparedOperation prepared,
        IAsyncEnumerable<object?> events,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(request.CancellationToken, cancellationToken);
        await foreach (var payload in events.WithCancellation(stop.Token).ConfigureAwait(false))
        {
            var execution = prepared.CreateExecution(request, payload, stop.Token, EventItems(request.Items));
            ExecutionResult result;
            try
            {
                var root = execution.ExecuteOperation();
                if (!root.IsCompletedSuccessfully)
                {
                    var work = root.AsTask();
                    await DriveDataLoadersAsync(work, execution, CancellationToken.None).ConfigureAwait(false);
                    root = new ValueTask<object?>(work);
                }

                result = execution.BuildResult(root.IsCompletedSuccessfully ? root.Result : await root.ConfigureAwait(false));
            }
            catch (GraphQLError error)
            {
                result = execution.BuildResult(error);
            }

            yield return result;
        }
    }

    // An event sees what the request put in its items (the user, ...), but not the data loaders of the subscribe call or of earlier events.
    private static Dictionary<string, object?> EventItems(IDictionary<string, object?>? requestItems)
    {
        if (requestItems is null)
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }

        lock (requestItems)
        {
            var items = new Dictionary<string, object?>(requestItems, StringComparer.Ordinal);
            items.Remove(DataLoaderScope.ItemsKey);
            return items;
        }
    }

    /// <summary>What stays the same for every execution of one request (and every event of a subscription).</summary>
    private readonly record struct PreparedOperation(
        OperationDefinitionNode Operation,
        DocumentPlans Plans,
        IReadOnlyDictionary<string, object?> Variables)
    {
        public OperationExecution CreateExecution(ExecutionRequest request, object? rootValue, CancellationToken token, IDictionary<string, object?>? items = null) =>
            new(request.Schema, Operation, Plans, Variables, rootValue, request, token, items);
    }
}
