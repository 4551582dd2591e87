using System.Globalization;
using System.Text.RegularExpressions;
using CustomerCentric.Hosting.Supervision;

namespace CustomerCentric.Hosting.PostgreSql;

/// <summary>
/// A private PostgreSQL cluster on 127.0.0.1 (trust authentication, user postgres, no Unix socket), initialised on first
/// start. The postgres binary runs in the foreground (pg_ctl would daemonise it); as root it runs as the postgres user.
/// </summary>
public sealed partial class PostgresServer(PostgresServerOptions options) : LocalServer("postgres", options)
{
    private const string Package = "postgresql";
    private const string SystemUser = "postgres";
    private string binDirectory = "";
    private int port;

    public PostgresServer()
        : this(new PostgresServerOptions())
    {
    }

    public int Port => port > 0 ? port : throw NotStarted();

    /// <summary>The folder of the PostgreSQL programs in use (psql, pg_dump, ...).</summary>
    public string BinDirectory => binDirectory.Length > 0 ? binDirectory : throw NotStarted();

    public override IReadOnlyList<int> Ports => [Port];

    public string DatabaseName => options.DatabaseName;

    /// <summary>Npgsql format, for <see cref="DatabaseName"/>.</summary>
    public override string ConnectionString => ConnectionStringFor(DatabaseName);

    /// <summary>The folder holding the cluster (PGDATA).</summary>
    public string ClusterDirectory => Path.Combine(Directory, "pgdata");

    public string ConnectionStringFor(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres";

    /// <summary>Creates the database unless it exists (a fresh one per test class, for instance).</summary>
    /// <returns>Its connection string.</returns>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!DatabaseNamePattern().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid database name here: use 1-63 letters, digits and underscores, not starting with a digit.",
                nameof(name));
        }

        var exists = await QueryAsync("postgres", $"SELECT 1 FROM pg_database WHERE datname = '{name}'", cancellationToken);
        if (exists.Trim() != "1")
        {
            await QueryAsync("postgres", $"CREATE DATABASE \"{name}\"", cancellationToken);
        }

        return ConnectionStringFor(name);
    }

    /// <summary>Runs SQL with psql and returns its unaligned, tuples-only output.</summary>
    /// <exception cref="InvalidOperationException">psql failed; the message holds its output.</exception>
    public async Task<string> QueryAsync(string database, string sql, CancellationToken cancellationToken = default)
    {
        var outcome = await RunToolAsync(Tool("psql"),
            ["-X", "-h", "127.0.0.1", "-p", $"{Port}", "-U", SystemUser, "-d", database, "-v", "ON_ERROR_STOP=1", "-tAq", "-c", sql],
            null, cancellationToken);
        return outcome.Succeeded
            ? outcome.Output
            : throw new InvalidOperationException($"psql failed (status {outcome.ExitCode}) on {database}: {outcome.Output.Trim()}");
    }

    protected override void CheckPrerequisites()
    {
        binDirectory = options.BinDirectory ?? HighestInstalledBinDirectory();
        foreach (var program in new[] { "postgres", "initdb", "psql", "pg_isready" })
        {
            Prerequisite.File(Tool(program), Package, "PostgreSQL");
        }

        if (Prerequisite.RunningAsRoot)
        {
            Prerequisite.Command("setpriv", "util-linux", "PostgreSQL as root", "/usr/bin/setpriv");
            Prerequisite.Command("chown", "coreutils", "PostgreSQL as root", "/bin/chown");
            if (!File.ReadLines("/etc/passwd").Any(line => line.StartsWith(SystemUser + ":", StringComparison.Ordinal)))
            {
                throw new MissingPrerequisiteException("the system user 'postgres'", Package, "PostgreSQL as root");
            }
        }
    }

    protected override void ChoosePorts(bool usePreferredPorts) =>
        port = LoopbackPort.Choose(usePreferredPorts ? options.PreferredPort : null);

    protected override async Task PrepareAsync(string directory, CancellationToken cancellationToken)
    {
        if (Prerequisite.RunningAsRoot)
        {
            // postgres refuses to run as root; its user must own the folder (traversal) and the cluster
            await RunCheckedAsync(Prerequisite.Command("chown", "coreutils", "PostgreSQL as root", "/bin/chown"),
                [$"{SystemUser}:{SystemUser}", directory], "chown", cancellationToken);
        }

        if (File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION")))
        {
            return;
        }

        List<string> initdb = ["-D", ClusterDirectory, "-U", SystemUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"];
        if (UsesTemporaryDirectory)
        {
            initdb.Add("--no-sync"); // a throwaway cluster need not survive a power cut
        }

        var (program, arguments) = AsPostgresUser(Tool("initdb"), initdb);
        await RunCheckedAsync(program, arguments, "initdb", cancellationToken);
    }

    protected override ProcessSpec CreateServerProcess(string directory, string logFile)
    {
        var (program, arguments) = AsPostgresUser(Tool("postgres"),
        [
            "-D", ClusterDirectory, "-p", $"{Port}",
            "-c", "listen_addresses=127.0.0.1",
            "-c", "unix_socket_directories=", // TCP only: socket paths under deep folders exceed the 107-byte limit
        ]);
        return new ProcessSpec(program, arguments, logFile) { StopSignal = ProcessSignal.Interrupt }; // SIGINT: fast shutdown
    }

    protected override async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        var outcome = await RunToolAsync(Tool("pg_isready"),
            ["-h", "127.0.0.1", "-p", $"{Port}", "-U", SystemUser, "-d", "postgres", "-t", "2"], null, cancellationToken);
        return outcome.Succeeded;
    }

    protected override async Task OnReadyAsync(CancellationToken cancellationToken) =>
        await CreateDatabaseAsync(DatabaseName, cancellationToken);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex DatabaseNamePattern();

    private static string HighestInstalledBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var highest = System.IO.Directory.Exists(root)
            ? System.IO.Directory.GetDirectories(root)
                .Select(path => (path, version: decimal.TryParse(Path.GetFileName(path), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(candidate => candidate.version >= 0 && File.Exists(Path.Combine(candidate.path, "bin", "postgres")))
                .OrderByDescending(candidate => candidate.version)
                .Select(candidate => Path.Combine(candidate.path, "bin"))
                .FirstOrDefault()
            : null;
        return highest ?? throw new MissingPrerequisiteException($"{root}/<version>/bin/postgres", Package, "PostgreSQL");
    }

    private static (string Program, IReadOnlyList<string> Arguments) AsPostgresUser(string program, IReadOnlyList<string> arguments) =>
        Prerequisite.RunningAsRoot
            ? (Prerequisite.Command("setpriv", "util-linux", "PostgreSQL as root", "/usr/bin/setpriv"),
                ["--reuid", SystemUser, "--regid", SystemUser, "--init-groups", "--", program, .. arguments])
            : (program, arguments);

    private string Tool(string name) => Path.Combine(BinDirectory, name);

    private async Task RunCheckedAsync(string program, IReadOnlyList<string> arguments, string what, CancellationToken cancellationToken)
    {
        var outcome = await RunToolAsync(program, arguments, null, cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new ServerStartException(Name, $"could not be prepared: {what} failed with status {outcome.ExitCode}", what,
                outcome.Output.Trim());
        }
    }
}
