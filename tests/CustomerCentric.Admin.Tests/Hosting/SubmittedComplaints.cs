using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Sla;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Admin.Tests.Hosting;

/// <summary>Complaints written as the API and worker would: submitted, then routed by a rule set with its explanation.</summary>
public static class SubmittedComplaints
{
    public static Task<Complaint> AddAsync(
        AdminApp app, SmallCompany company, Touchpoint touchpoint, Severity severity, string text,
        IReadOnlyList<RoutingRule>? rules = null, DateTimeOffset? at = null, CustomerSegment segment = CustomerSegment.Private) =>
        app.WithDbAsync(async db =>
        {
            var when = at ?? DateTimeOffset.UtcNow.AddHours(-1);
            var customer = Customer.Register("Carla Customer", $"carla.{Guid.NewGuid():N}@mail.test", null, "en", Channel.Email, segment, when);
            var complaint = Complaint.Submit(customer.Id, touchpoint.Id, ComplaintCategory.ProductDefect, severity, text, Guid.NewGuid().ToString(), when);
            var compiled = RuleSetCompiler.Compile(rules ?? [], rules is null ? null : 1);
            var fallbacks = new RoutingFallbacks(touchpoint.DefaultOwnerId, company.Chief.Id);
            var decision = compiled.Evaluate(RoutingInput.For(complaint, touchpoint, customer), fallbacks, when.AddSeconds(2));
            // The explanation is computed on first read; materialise it before it is stored.
            complaint.Route(decision with { Explanation = decision.Explanation.ToList() }, SlaPolicy.Default.Deadlines(severity, when), when.AddSeconds(2));
            db.Customers.Add(customer);
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return complaint;
        });
}
