using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Data;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Sla;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.Api.Tests.Hosting;

/// <summary>
/// Does what the worker does when it routes a complaint (stores the decision, publishes ComplaintRouted on RabbitMQ), so the
/// API's tests see the real message path (RabbitMQ -> the API's consumer -> Redis -> subscribers) without the worker process.
/// </summary>
public static class WorkerStandIn
{
    /// <returns>The owner it was routed to (the Chief Touchpoint Officer).</returns>
    public static async Task<Guid> RouteToChiefAsync(ApiApp app, Guid complaintId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustomerCentricDbContext>();
        var chief = await db.TouchpointOwners.SingleAsync(o => o.IsChiefTouchpointOfficer, TestContext.Current.CancellationToken);
        var complaint = await db.Complaints.WithHistory().SingleAsync(c => c.Id == complaintId, TestContext.Current.CancellationToken);
        var now = DateTimeOffset.UtcNow;
        var decision = new RoutingDecision(null, null, null, RoutingOutcome.ChiefTouchpointOfficer, chief.Id, [], now);
        complaint.Route(decision, new SlaDeadlines(now.AddHours(4), now.AddDays(2)), now);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var bus = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        await bus.Publish(
            new ComplaintRouted(complaint.Id, chief.Id, null, RoutingOutcome.ChiefTouchpointOfficer.ToString(), now, complaint.AcknowledgeBy!.Value, complaint.ResolveBy!.Value),
            TestContext.Current.CancellationToken);
        return chief.Id;
    }
}
