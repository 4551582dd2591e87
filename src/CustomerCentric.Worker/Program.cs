using CustomerCentric.ServiceDefaults;
using CustomerCentric.Worker.ErrorQueue;
using CustomerCentric.Worker.Extensions;

if (args is [ErrorQueueCommand.Name, .. var command])
{
    var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();
    return await ErrorQueueCommand.RunAsync(command, configuration, Console.Out, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
await app.RunAsync();
// Non-zero when the BusStallWatchdog stopped the worker: its supervisor restarts it.
return Environment.ExitCode;
