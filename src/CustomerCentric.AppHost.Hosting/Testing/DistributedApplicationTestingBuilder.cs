namespace CustomerCentric.AppHost.Hosting.Testing;

/// <summary>
/// Starts the AppHost's own topology from a test, as Aspire.Hosting.Testing does: runs the AppHost's entry point with
/// --isolated (free ports, a temporary data folder) and takes the application from its Build() call, before the entry
/// point would run it. The test then starts, uses and stops it.
/// </summary>
public static class DistributedApplicationTestingBuilder
{
    private static readonly AsyncLocal<TaskCompletionSource<DistributedApplication>?> Capture = new();

    /// <typeparam name="TEntryPoint">A type of the AppHost's assembly (its Program).</typeparam>
    public static async Task<DistributedApplication> CreateAsync<TEntryPoint>(string[]? args = null, CancellationToken cancellationToken = default)
    {
        var entryPoint = typeof(TEntryPoint).Assembly.EntryPoint
            ?? throw new InvalidOperationException($"{typeof(TEntryPoint).Assembly.GetName().Name} has no entry point.");
        var captured = new TaskCompletionSource<DistributedApplication>(TaskCreationOptions.RunContinuationsAsynchronously);
        string[] arguments = ["--isolated", .. args ?? []];
        var run = Task.Run(() =>
        {
            Capture.Value = captured; // flows to the entry point's Build() on this thread
            try
            {
                entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? [] : [arguments]);
                captured.TrySetException(new InvalidOperationException("The AppHost's entry point returned without calling Build()."));
            }
            catch (System.Reflection.TargetInvocationException exception) when (exception.InnerException is EntryPointStopped)
            {
                // expected: Build() handed the application over
            }
            catch (System.Reflection.TargetInvocationException exception)
            {
                captured.TrySetException(exception.InnerException ?? exception);
            }
        }, cancellationToken);
        var application = await captured.Task.WaitAsync(cancellationToken);
        await run;
        return application;
    }

    internal static void OfferToTest(DistributedApplication application)
    {
        if (Capture.Value is { } capture)
        {
            capture.TrySetResult(application);
            throw new EntryPointStopped();
        }
    }

    /// <summary>Ends the entry point once the test has the application (as WebApplicationFactory does with hosts).</summary>
    private sealed class EntryPointStopped() : Exception("The test took the application; the AppHost's entry point stops here.");
}
