using CustomerCentric.Domain.Complaints;

namespace CustomerCentric.Data.Agenda;

/// <summary>An open complaint on the agenda and why it is there.</summary>
public sealed record ComplaintOnAgenda(Complaint Complaint, string Reason);
