namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// The outcome of starting a subscription (spec 6.3.1): either a stream of responses, one per source event, or a single response
/// holding the errors that prevented the stream from being created (graphql-js <c>subscribe</c> returns one or the other).
/// </summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(IAsyncEnumerable<ExecutionResult>? stream, ExecutionResult? error)
    {
        Stream = stream;
        Error = error;
    }

    /// <summary>The responses, one per event; null when <see cref="Error"/> is set.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>Why no stream could be created; null when <see cref="Stream"/> is set.</summary>
    public ExecutionResult? Error { get; }

    public static SubscriptionResult FromStream(IAsyncEnumerable<ExecutionResult> stream) =>
        new(stream ?? throw new ArgumentNullException(nameof(stream)), null);

    public static SubscriptionResult FromError(ExecutionResult error) =>
        new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
