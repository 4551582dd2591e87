using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace CustomerCentric.GraphQL.AspNetCore.Ide;

/// <summary>
/// GraphiQL, served by the service itself: the page at the GraphQL path and its scripts and styles under <c>{path}/graphiql/</c>,
/// all embedded in this assembly at build time from npm (see the project file), so no browser ever reaches for a CDN.
/// </summary>
public sealed class GraphiQLPage
{
    public const string AssetFolder = "graphiql";

    private static readonly Assembly Assembly = typeof(GraphiQLPage).Assembly;
    private static readonly HashSet<string> Embedded = [.. Assembly.GetManifestResourceNames()];
    private readonly ConcurrentDictionary<string, byte[]> _assets = new(StringComparer.Ordinal);

    public async Task WritePageAsync(HttpContext context)
    {
        var endpoint = context.Request.PathBase + context.Request.Path;
        var template = Encoding.UTF8.GetString(Asset("index.html") ?? throw new InvalidOperationException("GraphiQL's page is not embedded."));
        var page = template
            .Replace("{{assets}}", endpoint.ToString().TrimEnd('/') + "/" + AssetFolder, StringComparison.Ordinal)
            .Replace("{{endpoint}}", endpoint.ToString(), StringComparison.Ordinal);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(page, context.RequestAborted).ConfigureAwait(false);
    }

    public async Task WriteAssetAsync(HttpContext context, string file)
    {
        if (file == "index.html" || Asset(file) is not { } content)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = Path.GetExtension(file) switch
        {
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => "application/octet-stream",
        };
        // The files change only with a new build of the server.
        context.Response.Headers.CacheControl = "public, max-age=86400";
        await context.Response.Body.WriteAsync(content, context.RequestAborted).ConfigureAwait(false);
    }

    // Only embedded names reach the cache: arbitrary file names from clients cannot grow it.
    private byte[]? Asset(string file) => Embedded.Contains(AssetFolder + "/" + file)
        ? _assets.GetOrAdd(file, static name =>
        {
            using var stream = Assembly.GetManifestResourceStream(AssetFolder + "/" + name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        })
        : null;
}
