using System.Security.Claims;
using CustomerCentric.Api.Complaints;
using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.GraphQL.AspNetCore;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema;

/// <summary>The mutation root: each mutation takes one input and answers with a payload whose errors are typed.</summary>
public sealed partial class Mutation
{
    [GraphQLDescription("Stores a complaint (status RECEIVED) and queues it for routing; a repeated idempotency key returns the first complaint.")]
    public Task<SubmitComplaintPayload> SubmitComplaintAsync(SubmitComplaintInput input, [Service] ComplaintSubmission submission, CancellationToken cancellationToken) =>
        submission.SubmitAsync(input, cancellationToken);

    [GraphQLDescription("The assignee takes the complaint (ROUTED -> ACKNOWLEDGED).")]
    public Task<ComplaintChangePayload> AcknowledgeComplaintAsync(AcknowledgeComplaintInput input, [Service] ComplaintChanges changes, IResolveFieldContext context) =>
        changes.AcknowledgeAsync(input.ComplaintId, input.Actor ?? Caller(context), context.CancellationToken);

    [GraphQLDescription("Marks the complaint resolved (ROUTED or ACKNOWLEDGED -> RESOLVED).")]
    public Task<ComplaintChangePayload> ResolveComplaintAsync(ResolveComplaintInput input, [Service] ComplaintChanges changes, IResolveFieldContext context) =>
        changes.ResolveAsync(input.ComplaintId, input.Actor ?? Caller(context), input.Resolution, context.CancellationToken);

    [GraphQLDescription("Puts a resolved or closed complaint back to work (to ACKNOWLEDGED if it had been, else ROUTED).")]
    public Task<ComplaintChangePayload> ReopenComplaintAsync(ReopenComplaintInput input, [Service] ComplaintChanges changes, IResolveFieldContext context) =>
        changes.ReopenAsync(input.ComplaintId, input.Actor ?? Caller(context), input.Reason, context.CancellationToken);

    [GraphQLDescription("Adds a note to the complaint's history.")]
    public Task<ComplaintChangePayload> AddComplaintNoteAsync(AddComplaintNoteInput input, [Service] ComplaintChanges changes, IResolveFieldContext context) =>
        changes.AddNoteAsync(input.ComplaintId, input.Actor ?? Caller(context), input.Text, context.CancellationToken);

    /// <summary>The authenticated client's name (its API key's name): the actor when the input names none.</summary>
    private static string Caller(IResolveFieldContext context) =>
        context.Items.TryGetValue(GraphQLServerItems.User, out var user) && user is ClaimsPrincipal { Identity.Name: { Length: > 0 } name } ? name : "api";
}
