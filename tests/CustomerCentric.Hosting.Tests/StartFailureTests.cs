using CustomerCentric.Hosting.PostgreSql;
using CustomerCentric.Hosting.RabbitMq;
using CustomerCentric.Hosting.Redis;

namespace CustomerCentric.Hosting.Tests;

/// <summary>Missing programs, servers that never answer or exit, and ports taken at bind time.</summary>
public sealed class StartFailureTests : IDisposable
{
    private readonly string scripts = Directory.CreateTempSubdirectory("customercentric-fake-").FullName;

    public void Dispose() => Directory.Delete(scripts, recursive: true);

    [Fact]
    public async Task A_missing_redis_server_names_the_apt_package()
    {
        await using var redis = new RedisServer(new RedisServerOptions { ServerPath = "/nonexistent/redis-server" });

        var error = await Assert.ThrowsAsync<MissingPrerequisiteException>(() => redis.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal("redis-server", error.AptPackage);
        Assert.Contains("/nonexistent/redis-server", error.Message);
        Assert.Contains("apt-get install -y --no-install-recommends redis-server", error.Message);
    }

    [Fact]
    public async Task Missing_postgres_binaries_name_the_apt_package()
    {
        await using var postgres = new PostgresServer(new PostgresServerOptions { BinDirectory = "/nonexistent/bin" });

        var error = await Assert.ThrowsAsync<MissingPrerequisiteException>(() => postgres.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal("postgresql", error.AptPackage);
        Assert.Equal("/nonexistent/bin/postgres", error.MissingPath);
    }

    [Fact]
    public async Task Missing_rabbitmq_binaries_name_the_apt_package()
    {
        await using var rabbitMq = new RabbitMqServer(new RabbitMqServerOptions { BinDirectory = "/nonexistent/bin" });

        var error = await Assert.ThrowsAsync<MissingPrerequisiteException>(() => rabbitMq.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal("rabbitmq-server", error.AptPackage);
        Assert.Equal("/nonexistent/bin/rabbitmq-server", error.MissingPath);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_with_its_log_and_leaves_nothing_behind()
    {
        var pidFile = Path.Combine(scripts, "silent.pid");
        var fake = Script("silent-redis", $$"""
            echo $$ > {{pidFile}}
            echo "fake redis booting on $2"
            for i in $(seq 1 50); do echo "log line $i"; done
            exec sleep 600
            """);
        await using var redis = new RedisServer(new RedisServerOptions { ServerPath = fake, StartupTimeout = TimeSpan.FromSeconds(2) });

        var error = await Assert.ThrowsAsync<ServerStartException>(() => redis.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("did not become ready within 2 s", error.Message);
        Assert.Contains("log line 50", error.Message);
        Assert.DoesNotContain("log line 5\n", error.LogTail); // only the tail
        Assert.False(redis.IsRunning);
        Assert.False(Directory.Exists(redis.Directory));
        var fakePid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(ProcessTable.Read(fakePid) is null or { State: 'Z' }, $"the fake server {fakePid} still runs");
    }

    [Fact]
    public async Task A_server_that_exits_reports_its_status_and_log()
    {
        var fake = Script("crashing-redis", """
            echo "FATAL: cannot read configuration" >&2
            exit 3
            """);
        await using var redis = new RedisServer(new RedisServerOptions { ServerPath = fake });

        var error = await Assert.ThrowsAsync<ServerStartException>(() => redis.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("exited with status 3 before it was ready", error.Message);
        Assert.Contains("FATAL: cannot read configuration", error.Message);
        Assert.False(error.PortWasTaken);
    }

    [Fact]
    public async Task A_port_taken_at_bind_time_is_retried_on_a_new_port()
    {
        var marker = Path.Combine(scripts, "first-attempt-done");
        var fake = Script("clashing-redis", $"""
            if [ ! -e {marker} ]; then
              touch {marker}
              echo "Could not create server TCP listening socket 127.0.0.1:$2: bind: Address already in use"
              exit 1
            fi
            exec redis-server "$@"
            """);
        await using var redis = new RedisServer(new RedisServerOptions { ServerPath = fake });

        await redis.StartAsync(TestContext.Current.CancellationToken);

        Assert.True(File.Exists(marker));
        Assert.True(redis.IsRunning);
    }

    private string Script(string name, string body)
    {
        var path = Path.Combine(scripts, name);
        File.WriteAllText(path, "#!/bin/bash\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
