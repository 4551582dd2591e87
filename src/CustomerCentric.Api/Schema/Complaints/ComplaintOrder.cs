namespace CustomerCentric.Api.Schema.Complaints;

/// <summary>How complaints are ordered (the id breaks ties, so pages never overlap).</summary>
public enum ComplaintOrder
{
    SubmittedAtDesc,
    SubmittedAtAsc,
    SeverityDesc,
    SeverityAsc,
}
