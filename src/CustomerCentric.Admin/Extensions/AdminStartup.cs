using CustomerCentric.Admin.Identity;
using CustomerCentric.Data.Migrating;

namespace CustomerCentric.Admin.Extensions;

/// <summary>Before the admin serves a page: the domain schema and the Identity store are current, and an admin exists.</summary>
internal sealed class AdminStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        // The data layer's migrator creates the database when it is missing, so it goes first.
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await services.GetRequiredService<IdentityStoreMigrator>().MigrateAsync(cancellationToken);
        await services.GetRequiredService<AdminBootstrapper>().EnsureAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
