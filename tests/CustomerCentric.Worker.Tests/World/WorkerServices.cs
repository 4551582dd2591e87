using CustomerCentric.Data.Extensions;
using CustomerCentric.Redis;
using CustomerCentric.Worker.Extensions;
using CustomerCentric.Worker.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.Worker.Tests.World;

/// <summary>The worker's services without a bus or hosted services, to drive the router and the sweeper directly.</summary>
public static class WorkerServices
{
    public static ServiceProvider Create(WorkerDatabase database, TimeProvider time, WorkerOptions? options = null, string? redis = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(time)
            .AddCustomerCentricData(database.ConnectionString)
            .AddWorkerServices(options ?? new WorkerOptions());
        if (redis is not null)
        {
            services.AddCustomerCentricRedis(redis).AddSingleton<RuleSetWatcher>();
        }

        return services.BuildServiceProvider(true);
    }

    /// <summary>Routes each complaint through <see cref="ComplaintRouter"/>, as the consumer would.</summary>
    public static async Task RouteAsync(this IServiceProvider services, IEnumerable<Guid> complaintIds, CancellationToken ct)
    {
        foreach (var id in complaintIds)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ComplaintRouter>().RouteAsync(id, ct);
        }
    }
}
