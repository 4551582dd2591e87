using Npgsql;

namespace CustomerCentric.Data.Tests.Schema;

/// <summary>The schema a PostgreSQL database actually has, read from pg_catalog (schema <c>public</c>).</summary>
public static class PostgreSqlSchema
{
    // EF's own bookkeeping table is not part of the model.
    private const string MigrationsHistoryTable = "__EFMigrationsHistory";

    public static Task<IReadOnlyList<SchemaObject>> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        ReadAsync(connection, MigrationsHistoryTable, cancellationToken);

    /// <param name="migrationsHistoryTable">The history table to leave out, for a context that keeps its own (the admin's Identity store).</param>
    public static async Task<IReadOnlyList<SchemaObject>> ReadAsync(NpgsqlConnection connection, string migrationsHistoryTable, CancellationToken cancellationToken)
    {
        var objects = new List<SchemaObject>();

        await ReadAsync(connection, migrationsHistoryTable, """
            SELECT c.relname
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> @history
            """, r => objects.Add(new SchemaObject($"table {r.GetString(0)}", "exists")), cancellationToken);

        await ReadAsync(connection, migrationsHistoryTable, """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> @history
              AND a.attnum > 0 AND NOT a.attisdropped
            """, r => objects.Add(new SchemaObject(
                $"column {r.GetString(0)}.{r.GetString(1)}",
                SchemaText.Column(r.GetString(2), nullable: !r.GetBoolean(3)))), cancellationToken);

        // Constraints with their columns in key order (conkey/confkey are arrays of attribute numbers).
        await ReadAsync(connection, migrationsHistoryTable, """
            SELECT t.relname, con.conname, con.contype,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord)::text[],
                   p.relname,
                   ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord)::text[],
                   con.confdeltype
            FROM pg_constraint con
            JOIN pg_class t ON t.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_class p ON p.oid = con.confrelid
            WHERE n.nspname = 'public' AND con.contype IN ('p', 'u', 'f') AND t.relname <> @history
            """, r =>
            {
                var table = r.GetString(0);
                var name = r.GetString(1);
                var columns = r.GetFieldValue<string[]>(3);
                objects.Add(r.GetChar(2) switch
                {
                    'p' => new SchemaObject($"primary key {table}", SchemaText.Key(name, columns)),
                    'u' => new SchemaObject($"unique constraint {table}.{name}", SchemaText.Columns(columns)),
                    _ => new SchemaObject(
                        $"foreign key {table}.{name}",
                        SchemaText.ForeignKey(columns, r.GetString(4), r.GetFieldValue<string[]>(5), OnDelete(r.GetChar(6)))),
                });
            }, cancellationToken);

        // Indexes other than those behind primary keys and unique constraints (reported above as constraints).
        await ReadAsync(connection, migrationsHistoryTable, """
            SELECT t.relname, i.relname, x.indisunique,
                   ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true) FROM generate_series(1, x.indnkeyatts) k ORDER BY k)::text[],
                   pg_get_expr(x.indpred, x.indrelid, true)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND t.relname <> @history
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = x.indexrelid AND con.contype IN ('p', 'u'))
            """, r => objects.Add(new SchemaObject(
                $"index {r.GetString(0)}.{r.GetString(1)}",
                SchemaText.Index(r.GetBoolean(2), r.GetFieldValue<string[]>(3), r.IsDBNull(4) ? null : r.GetString(4)))), cancellationToken);

        return objects;
    }

    private static async Task ReadAsync(
        NpgsqlConnection connection, string migrationsHistoryTable, string sql, Action<NpgsqlDataReader> read, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("history", migrationsHistoryTable);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader);
        }
    }

    private static string OnDelete(char action) => action switch
    {
        'a' => "NO ACTION",
        'r' => "RESTRICT",
        'c' => "CASCADE",
        'n' => "SET NULL",
        'd' => "SET DEFAULT",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown pg_constraint.confdeltype."),
    };
}
