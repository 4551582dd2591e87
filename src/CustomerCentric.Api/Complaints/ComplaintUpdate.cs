namespace CustomerCentric.Api.Complaints;

/// <summary>What travels on Redis when a complaint changed: enough for every API instance to tell its subscribers.</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="AssigneeId">Its assignee after the change (null before routing).</param>
/// <param name="Kind">What happened: "Routed", "Escalated", "Acknowledged", ...</param>
public sealed record ComplaintUpdate(Guid ComplaintId, Guid? AssigneeId, string Kind);
