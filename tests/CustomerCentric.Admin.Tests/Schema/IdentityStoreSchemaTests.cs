using CustomerCentric.Admin.Identity;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Data.Tests.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CustomerCentric.Admin.Tests.Schema;

/// <summary>The Identity store's hand-written migration creates exactly the tables its EF model expects.</summary>
public sealed class IdentityStoreSchemaTests(AdminApp app) : IClassFixture<AdminApp>
{
    [Fact]
    public async Task The_migrated_identity_tables_match_the_identity_model()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<AdminIdentityDbContext>();
        var model = ModelSchema.Read(identity.GetService<IDesignTimeModel>().Model.GetRelationalModel());
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(ct);

        // The database holds the domain's tables too: compare only the tables the Identity model names.
        var tables = identity.Model.GetEntityTypes().Select(e => e.GetTableName()).ToHashSet();
        var actual = (await PostgreSqlSchema.ReadAsync(connection, AdminIdentityDbContext.MigrationsHistoryTable, ct))
            .Where(o => tables.Contains(TableOf(o.Key)))
            .ToList();
        var differences = SchemaComparer.Compare(model, actual);

        Assert.True(differences.Count == 0, SchemaComparer.Describe(differences));
        Assert.Empty(await identity.Database.GetPendingMigrationsAsync(ct));
    }

    private static string TableOf(string key)
    {
        // Keys read "table t", "column t.c", "index t.i", "primary key t", "foreign key t.f", "unique constraint t.u".
        var name = key[(key.LastIndexOf(' ') + 1)..];
        return name.Split('.')[0];
    }
}
