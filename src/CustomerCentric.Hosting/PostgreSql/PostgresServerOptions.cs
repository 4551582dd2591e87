namespace CustomerCentric.Hosting.PostgreSql;

public sealed record PostgresServerOptions : LocalServerOptions
{
    /// <summary>Port to use when it is free (the AppHost uses 5432); otherwise, and when null, a free one.</summary>
    public int? PreferredPort { get; init; }

    /// <summary>The database created once the server is ready; <see cref="PostgresServer.ConnectionString"/> names it.</summary>
    public string DatabaseName { get; init; } = "customercentric";

    /// <summary>Folder with postgres, initdb, psql and pg_isready; null takes the highest /usr/lib/postgresql/&lt;version&gt;/bin.</summary>
    public string? BinDirectory { get; init; }
}
