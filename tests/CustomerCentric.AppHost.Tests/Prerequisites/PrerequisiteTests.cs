using CustomerCentric.AppHost.Hosting;
using CustomerCentric.AppHost.Hosting.ApplicationModel;
using CustomerCentric.AppHost.Hosting.Projects;
using CustomerCentric.AppHost.Hosting.Servers;

namespace CustomerCentric.AppHost.Tests.Prerequisites;

/// <summary>What is missing is named before anything starts, with what to do about it; bad arguments are refused with the usage.</summary>
public sealed class PrerequisiteTests
{
    [Fact]
    public async Task A_service_that_is_not_built_is_named_with_the_build_command_before_anything_starts()
    {
        var builder = DistributedApplication.CreateBuilder(["--isolated"]);
        var redis = builder.AddRedis("redis");
        builder.AddProject("ghost", "src/CustomerCentric.Ghost/CustomerCentric.Ghost.csproj").WaitFor(redis);
        builder.AddProject("unbuilt", "src/CustomerCentric.Worker/CustomerCentric.Worker.csproj").WithHttpEndpoint();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("ghost: the project src/CustomerCentric.Ghost/CustomerCentric.Ghost.csproj does not exist", error.Message);
        Assert.DoesNotContain("unbuilt", error.Message); // the worker is built (the AppHost's references build it)
        Assert.All(app.GetResources(), resource => Assert.Equal(ResourceState.Waiting, resource.State));
        Assert.Empty(app.GetProcessIds());
        Assert.Null(app.DashboardUri);
    }

    [Fact]
    public void An_unknown_argument_is_refused_with_the_usage()
    {
        var error = Assert.Throws<ArgumentException>(() => DistributedApplication.CreateBuilder(["--frsh"]));

        Assert.Contains("Unknown argument '--frsh'", error.Message);
        Assert.Contains("--fresh", error.Message);
    }
}
