// The AppHost's "migrations" resource (Aspire's migration-service pattern): the services start once it has finished.
// The worker and the admin migrate on start as well (a no-op by then); seeding is only done here, for local runs.
using CustomerCentric.Data.Extensions;
using CustomerCentric.Data.Migrating;
using CustomerCentric.Data.Seeding;
using CustomerCentric.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = Host.CreateApplicationBuilder(args);
builder.AddServiceDefaults();
builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning); // the seed's SQL would flood the AppHost's terminal
builder.Services.AddCustomerCentricData(builder.Configuration.GetRequiredConnectionString(ConnectionStrings.Postgres));

using var host = builder.Build();
await using var scope = host.Services.CreateAsyncScope();
var logger = scope.ServiceProvider.GetRequiredService<ILogger<Program>>();
var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
var seeded = await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().EnsureSeededAsync(CancellationToken.None);
logger.LogInformation("{Count} migration(s) applied; {Seed}", applied.Count, seeded ? "seeded the empty database" : "seed data already present");
