using System.Text;

namespace CustomerCentric.AppHost.Hosting.Orchestration;

/// <summary>
/// Follows a resource's log file (the supervisor writes the program's output there) and hands each new line on; keeps the
/// last lines for the dashboard.
/// </summary>
internal sealed class LogTail(Func<string?> currentFile, Action<string> onLine)
{
    public const int KeptLines = 60;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private readonly Queue<string> last = new();
    private string? file;
    private long position;
    private string partial = "";

    public IReadOnlyList<string> LastLines
    {
        get
        {
            lock (last)
            {
                return [.. last];
            }
        }
    }

    public async Task FollowAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            ReadNew();
            try
            {
                await Task.Delay(PollInterval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        ReadNew(); // the last words of a stopping resource
    }

    private void ReadNew()
    {
        var current = currentFile() ?? file;
        if (current is null)
        {
            return;
        }

        if (current != file)
        {
            (file, position, partial) = (current, 0, "");
        }

        try
        {
            using var stream = new FileStream(current, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length < position)
            {
                (position, partial) = (0, ""); // truncated: a launcher starts each run with an empty log
            }

            if (stream.Length == position)
            {
                return;
            }

            stream.Position = position;
            var buffer = new byte[stream.Length - position];
            stream.ReadExactly(buffer);
            position += buffer.Length;
            var lines = (partial + Encoding.UTF8.GetString(buffer)).Split('\n');
            partial = lines[^1];
            foreach (var line in lines[..^1])
            {
                Emit(line.TrimEnd('\r'));
            }
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            // not written yet, or a temporary folder already removed
        }
    }

    private void Emit(string line)
    {
        lock (last)
        {
            last.Enqueue(line);
            while (last.Count > KeptLines)
            {
                last.Dequeue();
            }
        }

        onLine(line);
    }
}
