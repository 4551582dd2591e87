using System.Globalization;

namespace CustomerCentric.Benchmarks.Worker;

/// <summary>
/// CPU time a process and all its descendants have used so far, from Linux's /proc: where a run's CPU went
/// (the PostgreSQL server with its backends, RabbitMQ's Erlang VM, this process).
/// </summary>
public static class ProcessTreeCpu
{
    // USER_HZ: the unit of /proc/[pid]/stat's times, 100 on every Linux platform .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>
    /// Of <paramref name="rootProcessId"/> and its descendants: user + system time of each living one, plus what its
    /// exited (reaped) children used, so backends that came and went still count.
    /// </summary>
    public static TimeSpan Of(int rootProcessId)
    {
        var processes = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var id) && TryRead(id, out var parent, out var ticks))
            {
                processes[id] = (parent, ticks);
            }
        }

        long total = 0;
        foreach (var (id, (_, ticks)) in processes)
        {
            if (IsWithin(id, rootProcessId, processes))
            {
                total += ticks;
            }
        }

        return TimeSpan.FromSeconds(total / TicksPerSecond);
    }

    private static bool IsWithin(int id, int root, Dictionary<int, (int Parent, long Ticks)> processes)
    {
        for (var depth = 0; depth < 64; depth++)
        {
            if (id == root)
            {
                return true;
            }

            if (!processes.TryGetValue(id, out var process) || process.Parent == id)
            {
                return false;
            }

            id = process.Parent;
        }

        return false;
    }

    private static bool TryRead(int id, out int parent, out long ticks)
    {
        parent = 0;
        ticks = 0;
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{id}/stat");
        }
        catch (IOException)
        {
            return false; // exited meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        // The command name (field 2) is in parentheses and may hold spaces: the fields after it start past the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Counting from field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17.
        parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
        ticks = fields[11..15].Sum(f => long.Parse(f, CultureInfo.InvariantCulture));
        return true;
    }
}
