using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerCentric.AppHost.Hosting.Orchestration;

/// <summary>
/// endpoints.json: the links, sign-ins and resources (state, endpoint, processes) for tools and tests, rewritten on every
/// change once the application is healthy; written to a temporary file and moved, so readers never see half of it.
/// </summary>
internal static class EndpointsFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly Lock Gate = new();

    public static void Write(DistributedApplication application)
    {
        var document = new
        {
            timeToHealthySeconds = application.TimeToHealthy is { } time ? Math.Round(time.TotalSeconds, 1) : (double?)null,
            appHostProcessId = Environment.ProcessId,
            dashboard = application.DashboardUri?.ToString(),
            urls = application.GetUrls().Select(url => new
            {
                resource = url.Resource,
                label = url.Url.Label,
                url = url.Url.Url,
                userName = url.Url.UserName,
                password = url.Url.Password,
            }),
            resources = application.GetResources(),
        };
        var path = application.Options.EndpointsFile;
        lock (Gate)
        {
            if (!Directory.Exists(Path.GetDirectoryName(path)))
            {
                return; // an isolated run's folder is already gone
            }

            var temporary = path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(document, Json));
            File.Move(temporary, path, overwrite: true);
        }
    }
}
