using CustomerCentric.Admin.Extensions;
using CustomerCentric.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseAdminPipeline();
app.MapDefaultEndpoints();
app.MapRazorPages();
await app.RunAsync();

/// <summary>The admin's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
