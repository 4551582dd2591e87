// The local topology, read top to bottom: servers first, then the services with what they use and wait for.
// `eng/start.sh` builds once and runs this; `--fresh` starts from an empty database; Ctrl+C stops everything.
using CustomerCentric.AppHost;
using CustomerCentric.AppHost.Hosting;
using CustomerCentric.AppHost.Hosting.ApplicationModel;
using CustomerCentric.AppHost.Hosting.Projects;
using CustomerCentric.AppHost.Hosting.Servers;

var builder = DistributedApplication.CreateBuilder(args);

var redis = builder.AddRedis("redis", port: 6379);
var rabbitMq = builder.AddRabbitMQ("rabbitmq", port: 5672).WithManagementPlugin(port: 15672);
var postgres = builder.AddPostgres("postgres-server", port: 5432).AddDatabase("postgres", databaseName: "customercentric");

var migrations = builder.AddExecutableProject("migrations", "src/CustomerCentric.MigrationService/CustomerCentric.MigrationService.csproj")
    .WithReference(postgres)
    .WaitFor(postgres);

builder.AddProject("api", "src/CustomerCentric.Api/CustomerCentric.Api.csproj")
    .WithHttpEndpoint(port: 5100)
    .WithReference(postgres).WithReference(redis).WithReference(rabbitMq)
    .WithEnvironment("Api__Keys__0", DevelopmentSignIn.ApiKey)
    .WithUrl("/graphql", $"GraphQL IDE (header X-Api-Key: {DevelopmentSignIn.ApiKey})")
    .WaitForCompletion(migrations).WaitFor(redis).WaitFor(rabbitMq);

builder.AddProject("worker", "src/CustomerCentric.Worker/CustomerCentric.Worker.csproj")
    .WithHttpEndpoint()
    .WithReference(postgres).WithReference(redis).WithReference(rabbitMq)
    .WaitForCompletion(migrations).WaitFor(redis).WaitFor(rabbitMq);

builder.AddProject("admin", "src/CustomerCentric.Admin/CustomerCentric.Admin.csproj")
    .WithHttpEndpoint(port: 5200)
    .WithReference(postgres).WithReference(redis).WithReference(rabbitMq)
    .WithEnvironment("Admin__BootstrapEmail", DevelopmentSignIn.AdminEmail)
    .WithEnvironment("Admin__BootstrapPassword", DevelopmentSignIn.AdminPassword)
    .WithUrl("/", "Admin", DevelopmentSignIn.AdminEmail, DevelopmentSignIn.AdminPassword)
    .WaitForCompletion(migrations).WaitFor(redis);

await builder.Build().RunAsync();

/// <summary>The AppHost's entry point; public so that tests can start this topology (DistributedApplicationTestingBuilder).</summary>
public partial class Program;
