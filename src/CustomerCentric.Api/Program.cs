using CustomerCentric.Api.Extensions;
using CustomerCentric.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseApiAuthentication();
app.MapDefaultEndpoints();
app.MapApi();
await app.RunAsync();

/// <summary>The API's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
