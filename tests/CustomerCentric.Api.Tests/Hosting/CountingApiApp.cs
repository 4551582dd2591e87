using CustomerCentric.Data;
using CustomerCentric.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.Api.Tests.Hosting;

/// <summary>The API with every SQL command counted.</summary>
public sealed class CountingApiApp(PostgresFixture postgres, RedisFixture redis, RabbitMqFixture rabbitMq) : ApiApp(postgres, redis, rabbitMq)
{
    public SqlCommandCounter Commands { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.ConfigureDbContext<CustomerCentricDbContext>(options => options.AddInterceptors(Commands));
        services.AddSingleton<IStartupFilter>(Commands);
    }
}
