using CustomerCentric.AppHost.Hosting.ApplicationModel;

namespace CustomerCentric.AppHost.Hosting.Terminal;

/// <summary>The resource table as text lines (the terminal's live view): resource, state, endpoint, pid, health, restarts.</summary>
internal static class StatusTable
{
    public static IReadOnlyList<string> Render(IReadOnlyList<ResourceSnapshot> resources, int width)
    {
        var endpointWidth = Math.Max(8, resources.Max(resource => resource.Endpoint?.Length ?? 1));
        List<string> lines = [Row("resource", "state", "endpoint", "pid", "health", "restarts")];
        lines.AddRange(resources.Select(resource => Row(
            resource.Name,
            resource.State.ToString(),
            resource.Endpoint ?? "-",
            resource.ProcessId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
            resource.Health == ResourceHealth.Unknown ? "-" : resource.Health.ToString(),
            resource.Restarts.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return [.. lines.Select(line => line.Length < width ? line : line[..Math.Max(0, width - 1)])];

        string Row(string name, string state, string endpoint, string pid, string health, string restarts) =>
            $"{name,-16} {state,-13} {endpoint.PadRight(endpointWidth)} {pid,7} {health,-9} {restarts,8}";
    }
}
