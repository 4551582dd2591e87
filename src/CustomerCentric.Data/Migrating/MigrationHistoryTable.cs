using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CustomerCentric.Data.Migrating;

/// <summary>
/// Creates EF Core's migration history table before anything reads it. On a fresh database Npgsql's history repository
/// does not check that the table exists; it reads it and catches the error, which EF Core has already logged as a failed
/// command (npgsql/efcore.pg#3407). Creating it first with the repository's own idempotent script keeps a first start's
/// log free of errors that are not errors.
/// </summary>
public static class MigrationHistoryTable
{
    public static Task EnsureCreatedAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var script = db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript();
        return db.Database.ExecuteSqlRawAsync(script, cancellationToken);
    }
}
