using System.Runtime;

namespace CustomerCentric.Benchmarks.GraphQLServer;

/// <summary>What the garbage collector did in a server process: collections per generation, total pause and bytes allocated.</summary>
public sealed record GcFigures(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated, bool Server)
{
    public static GcFigures Now() => new(
        GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(),
        GCSettings.IsServerGC);

    /// <summary>The work between <paramref name="earlier"/> and this, as one line.</summary>
    public string Since(GcFigures earlier) =>
        $"{(Server ? "server" : "workstation")}: gen0 {Gen0 - earlier.Gen0}, gen1 {Gen1 - earlier.Gen1}, gen2 {Gen2 - earlier.Gen2}, "
        + $"pause {(Pause - earlier.Pause).TotalMilliseconds:N0} ms, allocated {(Allocated - earlier.Allocated) / (1024.0 * 1024):N0} MiB";
}
