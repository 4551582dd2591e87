using CustomerCentric.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.Benchmarks.GraphQLServer;

/// <summary>
/// The .NET servers of the load benchmark, each run in its own child process (<c>graphql-server-host ours|ceiling PORT</c>) so
/// each has the whole runtime to itself. Both are set up as a production service is: Production environment, logging at
/// Warning (what appsettings.json gives ASP.NET Core), Kestrel on 127.0.0.1. The process ends when its standard input closes,
/// so a killed benchmark leaves no server behind.
/// </summary>
public static class BenchmarkHost
{
    public const string Ours = "ours";
    public const string Ceiling = "ceiling";

    public static async Task<int> RunAsync(string kind, int port)
    {
        var workload = ServerWorkload.Load();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        WebApplication app;
        switch (kind)
        {
            case Ours:
                workload.AddServices(builder.Services);
                builder.Services.AddGraphQLServer(workload.ConfigureSchema);
                app = builder.Build();
                app.MapGraphQL();
                break;
            case Ceiling:
                app = builder.Build();
                MapCeiling(app, workload.ResponseBytes());
                break;
            default:
                await Console.Error.WriteLineAsync($"Unknown server '{kind}': use {Ours} or {Ceiling}.");
                return 2;
        }

        await app.StartAsync();
        Console.WriteLine($"listening {port}");
        // "mark" starts the measured run; standard input closes when the benchmark ends or dies, and the GC's work since the mark is printed.
        var mark = GcFigures.Now();
        while (await Console.In.ReadLineAsync() is { } line)
        {
            if (line == "mark")
            {
                mark = GcFigures.Now();
            }
        }

        Console.WriteLine("gc " + GcFigures.Now().Since(mark));
        await app.StopAsync();
        return 0;
    }

    /// <summary>The ceiling: what any endpoint must do at least (read the body, write the response), with the response bytes ready.</summary>
    private static void MapCeiling(WebApplication app, byte[] response) =>
        app.MapPost("/graphql", async context =>
        {
            var reader = context.Request.BodyReader;
            while (true)
            {
                var read = await reader.ReadAsync(context.RequestAborted);
                reader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }

            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            await context.Response.BodyWriter.WriteAsync(response, context.RequestAborted);
        });
}
