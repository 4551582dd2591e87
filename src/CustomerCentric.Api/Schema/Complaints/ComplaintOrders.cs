using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Domain.Complaints;

namespace CustomerCentric.Api.Schema.Complaints;

/// <summary>The keys behind each <see cref="ComplaintOrder"/>; the id breaks ties, so every complaint has one place.</summary>
public static class ComplaintOrders
{
    /// <summary>Newest first: the complaints list's default and the order of a customer's complaints.</summary>
    public static readonly KeysetOrder<Complaint> SubmittedAtDesc = new(
        "complaints:SUBMITTED_AT_DESC", SortKey<Complaint>.Descending(c => c.SubmittedAt), SortKey<Complaint>.Descending(c => c.Id));

    private static readonly KeysetOrder<Complaint> SubmittedAtAsc = new(
        "complaints:SUBMITTED_AT_ASC", SortKey<Complaint>.Ascending(c => c.SubmittedAt), SortKey<Complaint>.Ascending(c => c.Id));

    // Severity is stored by name; it sorts by rank, not alphabetically.
    private static readonly KeysetOrder<Complaint> SeverityDesc = new(
        "complaints:SEVERITY_DESC",
        SortKey<Complaint>.Descending(c => c.Severity == Severity.Critical ? 3 : c.Severity == Severity.High ? 2 : c.Severity == Severity.Medium ? 1 : 0),
        SortKey<Complaint>.Descending(c => c.SubmittedAt),
        SortKey<Complaint>.Descending(c => c.Id));

    private static readonly KeysetOrder<Complaint> SeverityAsc = new(
        "complaints:SEVERITY_ASC",
        SortKey<Complaint>.Ascending(c => c.Severity == Severity.Critical ? 3 : c.Severity == Severity.High ? 2 : c.Severity == Severity.Medium ? 1 : 0),
        SortKey<Complaint>.Ascending(c => c.SubmittedAt),
        SortKey<Complaint>.Ascending(c => c.Id));

    public static KeysetOrder<Complaint> For(ComplaintOrder order) => order switch
    {
        ComplaintOrder.SubmittedAtAsc => SubmittedAtAsc,
        ComplaintOrder.SeverityDesc => SeverityDesc,
        ComplaintOrder.SeverityAsc => SeverityAsc,
        _ => SubmittedAtDesc,
    };
}
