using System.Globalization;
using System.Net;

namespace CustomerCentric.Hosting.Tests;

/// <summary>One process as /proc shows it.</summary>
public sealed record ProcessEntry(int Pid, int ParentPid, int GroupId, int SessionId, char State, long StartTime, string Name, string CommandLine)
{
    /// <summary>True while this very process (same start time) runs; a zombie has ended and only awaits reaping.</summary>
    public bool IsRunning => ProcessTable.Read(Pid) is { State: not 'Z' } now && now.StartTime == StartTime;

    public override string ToString() => $"{Pid} ({Name}) ppid={ParentPid} pgid={GroupId} sid={SessionId} {State}: {CommandLine}";
}

/// <summary>Reads processes and listening sockets from /proc.</summary>
public static class ProcessTable
{
    public static IReadOnlyList<ProcessEntry> Snapshot() =>
        Directory.EnumerateDirectories("/proc")
            .Select(path => int.TryParse(Path.GetFileName(path), out var pid) ? Read(pid) : null)
            .OfType<ProcessEntry>()
            .ToList();

    public static ProcessEntry? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var close = stat.LastIndexOf(')');
            var name = stat[(stat.IndexOf('(') + 1)..close];
            var fields = stat[(close + 2)..].Split(' ');
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            return new ProcessEntry(pid, Parse(fields[1]), Parse(fields[2]), Parse(fields[3]), fields[0][0],
                long.Parse(fields[19], CultureInfo.InvariantCulture), name, commandLine);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // it ended while we looked
        }
    }

    /// <summary>Everything a supervisor runs: its session, the process group of its program, and all their descendants.</summary>
    public static IReadOnlyList<ProcessEntry> Supervised(int supervisorPid, int programPid)
    {
        var all = Snapshot();
        var found = all.Where(entry => entry.SessionId == supervisorPid || entry.GroupId == programPid).ToDictionary(entry => entry.Pid);
        bool added;
        do
        {
            added = false;
            foreach (var entry in all.Where(entry => !found.ContainsKey(entry.Pid) && found.ContainsKey(entry.ParentPid)))
            {
                found[entry.Pid] = entry;
                added = true;
            }
        }
        while (added);

        return found.Values.OrderBy(entry => entry.Pid).ToList();
    }

    /// <summary>The addresses the given processes listen on (TCP, IPv4 and IPv6).</summary>
    public static IReadOnlyList<IPEndPoint> ListeningEndpoints(IEnumerable<int> pids)
    {
        var inodes = pids.SelectMany(SocketInodes).ToHashSet();
        return new[] { "/proc/net/tcp", "/proc/net/tcp6" }
            .SelectMany(File.ReadLines)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(columns => columns.Length > 9 && columns[3] == "0A" && inodes.Contains(columns[9]))
            .Select(columns => ParseEndpoint(columns[1]))
            .ToList();
    }

    private static IEnumerable<string> SocketInodes(int pid)
    {
        string[] links;
        try
        {
            links = Directory.GetFiles($"/proc/{pid}/fd");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        return links
            .Select(link => new FileInfo(link).LinkTarget)
            .OfType<string>()
            .Where(target => target.StartsWith("socket:[", StringComparison.Ordinal))
            .Select(target => target["socket:[".Length..^1]);
    }

    private static IPEndPoint ParseEndpoint(string hex)
    {
        var parts = hex.Split(':');
        var raw = Convert.FromHexString(parts[0]);
        // /proc prints the address as 32-bit words in host (little-endian) order
        for (var word = 0; word < raw.Length; word += 4)
        {
            Array.Reverse(raw, word, 4);
        }

        return new IPEndPoint(new IPAddress(raw), int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    private static int Parse(string field) => int.Parse(field, CultureInfo.InvariantCulture);
}
