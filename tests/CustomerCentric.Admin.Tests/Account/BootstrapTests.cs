using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Testing;

namespace CustomerCentric.Admin.Tests.Account;

public sealed class BootstrapTests(PostgresFixture postgres, RedisFixture redis)
{
    [Fact]
    public async Task Outside_Development_the_admin_refuses_to_start_without_the_first_admins_credentials()
    {
        await using var app = new UnconfiguredAdminApp(postgres, redis);

        var failure = await Assert.ThrowsAnyAsync<Exception>(async () => await app.InitializeAsync());

        Assert.Contains("Admin:BootstrapPassword", Flatten(failure), StringComparison.Ordinal);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " / " + Flatten(e.InnerException);

    private sealed class UnconfiguredAdminApp(PostgresFixture postgres, RedisFixture redis) : AdminApp(postgres, redis)
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

        protected override string EnvironmentName => "Production";
    }
}
