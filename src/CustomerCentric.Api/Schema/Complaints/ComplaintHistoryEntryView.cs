using CustomerCentric.Api.DataLoaders;
using CustomerCentric.Api.Schema.Owners;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema.Complaints;

[GraphQLName("ComplaintHistoryEntry")]
[GraphQLDescription("One step in a complaint's life.")]
public sealed class ComplaintHistoryEntryView(ComplaintHistoryEntry entry)
{
    public ComplaintHistoryKind Kind => entry.Kind;
    public ComplaintStatus? FromStatus => entry.FromStatus;
    public ComplaintStatus? ToStatus => entry.ToStatus;
    public DateTimeOffset At => entry.At;

    [GraphQLDescription("Who took the step (\"system\" for routing and escalation).")]
    public string Actor => entry.Actor;

    [GraphQLDescription("The note, resolution, reason or routing summary of the step.")]
    public string? Text => entry.Text;

    [GraphQLDescription("The assignee after this step.")]
    public async Task<OwnerNode?> GetOwnerAsync(IResolveFieldContext context) =>
        entry.OwnerId is { } id && await context.DataLoader<OwnerByIdLoader>().LoadAsync(id, context.CancellationToken) is { } o ? new OwnerNode(o) : null;
}
