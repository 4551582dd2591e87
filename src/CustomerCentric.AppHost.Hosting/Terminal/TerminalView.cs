using CustomerCentric.AppHost.Hosting.ApplicationModel;

namespace CustomerCentric.AppHost.Hosting.Terminal;

/// <summary>
/// The AppHost's terminal: every resource's output prefixed with its name and, on a terminal, the status table kept
/// below the output and redrawn as things change. When the output is redirected, state changes print as lines instead.
/// </summary>
internal sealed class TerminalView : IDisposable
{
    private static readonly ConsoleColor[] Colors =
        [ConsoleColor.Cyan, ConsoleColor.Magenta, ConsoleColor.Yellow, ConsoleColor.Green, ConsoleColor.Blue, ConsoleColor.DarkCyan, ConsoleColor.DarkYellow];

    private readonly DistributedApplication application;
    private readonly bool live = !Console.IsOutputRedirected;
    private readonly Lock gate = new();
    private readonly Timer redraw;
    private readonly Dictionary<string, ConsoleColor> colors = [];
    private int tableLines;
    private bool closed;

    public TerminalView(DistributedApplication application)
    {
        this.application = application;
        redraw = new Timer(_ => Redraw(), null, Timeout.Infinite, Timeout.Infinite);
        application.LogLine += OnLogLine;
        application.ResourceChanged += OnChanged;
    }

    public void PrintLinks()
    {
        List<string> lines = ["", $"All resources healthy in {application.TimeToHealthy?.TotalSeconds:0.0} s. Ctrl+C stops everything."];
        lines.AddRange(application.GetUrls().Select(url => $"  {url.Url}"));
        lines.Add($"  Data: {application.Options.DataDirectory} (--fresh starts over); links: {application.Options.EndpointsFile}");
        lines.Add("");
        Write(lines, color: null);
    }

    public void PrintError(string message) => Write(["", "error: " + message.Replace("\n", "\n       ", StringComparison.Ordinal), ""], ConsoleColor.Red);

    public void PrintStopped(TimeSpan duration)
    {
        lock (gate)
        {
            ClearTable();
            DrawTable();
            closed = true;
            Console.WriteLine($"stopped everything in {duration.TotalSeconds:0.0} s");
        }
    }

    public void Dispose()
    {
        application.LogLine -= OnLogLine;
        application.ResourceChanged -= OnChanged;
        redraw.Dispose();
    }

    private void OnLogLine(string resource, string line)
    {
        lock (gate)
        {
            if (closed)
            {
                return;
            }

            ClearTable();
            WritePrefix(resource);
            Console.WriteLine(line);
            ScheduleRedraw();
        }
    }

    private void OnChanged(ResourceSnapshot resource)
    {
        if (live)
        {
            lock (gate)
            {
                ScheduleRedraw();
            }
        }
        else
        {
            var pid = resource.ProcessId is { } id ? $" pid {id}" : "";
            var message = resource.Message is { } text ? $" ({text})" : "";
            OnLogLine("apphost", $"{resource.Name}: {resource.State}, health {resource.Health}{pid}{message}");
        }
    }

    private void Write(IEnumerable<string> lines, ConsoleColor? color)
    {
        lock (gate)
        {
            ClearTable();
            if (color is { } c && live)
            {
                Console.ForegroundColor = c;
            }

            foreach (var line in lines)
            {
                Console.WriteLine(line);
            }

            if (live)
            {
                Console.ResetColor();
            }

            ScheduleRedraw();
        }
    }

    private void WritePrefix(string resource)
    {
        var prefix = $"{resource,-16}| ";
        if (!live)
        {
            Console.Write(prefix);
            return;
        }

        if (!colors.TryGetValue(resource, out var color))
        {
            color = resource == "apphost" ? ConsoleColor.White : Colors[colors.Count % Colors.Length];
            colors[resource] = color;
        }

        Console.ForegroundColor = color;
        Console.Write(prefix);
        Console.ResetColor();
    }

    private void ScheduleRedraw()
    {
        if (live && !closed)
        {
            redraw.Change(150, Timeout.Infinite); // a burst of output redraws the table once
        }
    }

    private void Redraw()
    {
        lock (gate)
        {
            if (!closed)
            {
                ClearTable();
                DrawTable();
            }
        }
    }

    private void DrawTable()
    {
        if (!live)
        {
            return;
        }

        var width = Console.WindowWidth > 0 ? Console.WindowWidth : 120;
        var lines = StatusTable.Render(application.GetResources(), width);
        Console.ForegroundColor = ConsoleColor.DarkGray;
        Console.WriteLine(new string('─', Math.Min(width - 1, lines.Max(line => line.Length))));
        Console.ResetColor();
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        tableLines = lines.Count + 1;
    }

    /// <summary>Moves the cursor up over the table and clears to the end of the screen, so output continues above it.</summary>
    private void ClearTable()
    {
        if (live && tableLines > 0)
        {
            Console.Write($"\r\u001b[{tableLines}A\u001b[J");
            tableLines = 0;
        }
    }
}
