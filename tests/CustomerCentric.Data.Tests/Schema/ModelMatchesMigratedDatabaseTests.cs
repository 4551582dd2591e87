using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using CustomerCentric.Testing;

namespace CustomerCentric.Data.Tests.Schema;

/// <summary>
/// The hand-written migrations must create exactly the schema the EF model expects: same tables, columns, types,
/// nullability, keys, foreign keys and indexes (with uniqueness and filters). Fails with a readable diff otherwise.
/// </summary>
public sealed class ModelMatchesMigratedDatabaseTests(FreshDatabase database) : IClassFixture<FreshDatabase>
{
    [Fact]
    public async Task The_migrated_database_has_exactly_the_schema_of_the_EF_model()
    {
        var ct = TestContext.Current.CancellationToken;
        await database.MigrateAsync(ct);

        var differences = await CompareAsync(ct);

        Assert.True(differences.Count == 0, SchemaComparer.Describe(differences));
    }

    [Fact]
    public async Task A_database_that_drifted_from_the_model_is_reported()
    {
        var ct = TestContext.Current.CancellationToken;
        await database.MigrateAsync(ct);
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var drift = new NpgsqlCommand(
            "DROP INDEX ix_complaints_idempotency_key; ALTER TABLE customers ALTER COLUMN phone SET NOT NULL;", connection, transaction))
        {
            await drift.ExecuteNonQueryAsync(ct);
        }

        var differences = await CompareAsync(connection, ct);
        await transaction.RollbackAsync(ct);

        Assert.Equal(
            ["column customers.phone", "index complaints.ix_complaints_idempotency_key"],
            differences.Select(d => d.Key));
    }

    private async Task<IReadOnlyList<SchemaDifference>> CompareAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return await CompareAsync(connection, ct);
    }

    private async Task<IReadOnlyList<SchemaDifference>> CompareAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var model = ModelSchema.Read(db.GetService<IDesignTimeModel>().Model.GetRelationalModel());
        return SchemaComparer.Compare(model, await PostgreSqlSchema.ReadAsync(connection, ct));
    }
}
