using System.Runtime.CompilerServices;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Turns what a compiled resolver's method returned into what execution expects. Completed tasks are unwrapped without an
/// async state machine, so a synchronous completion costs no allocation beyond the boxed result.
/// </summary>
internal static class ResolverResults
{
    public static ValueTask<object?> FromValue(object? value) => new(value);

    public static ValueTask<object?> FromTask<T>(Task<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitTask(task);
    }

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitValueTask(task);

    public static ValueTask<IAsyncEnumerable<object?>> FromStream<T>(IAsyncEnumerable<T> stream)
    {
        ArgumentNullException.ThrowIfNull(stream);

        // IAsyncEnumerable is covariant: streams of reference types need no wrapper.
        return new ValueTask<IAsyncEnumerable<object?>>(stream as IAsyncEnumerable<object?> ?? Box(stream));
    }

    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamTask<T>(Task<IAsyncEnumerable<T>> task) =>
        await FromStream(await task.ConfigureAwait(false)).ConfigureAwait(false);

    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamValueTask<T>(ValueTask<IAsyncEnumerable<T>> task) =>
        await FromStream(await task.ConfigureAwait(false)).ConfigureAwait(false);

    private static async ValueTask<object?> AwaitTask<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
