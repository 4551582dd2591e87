using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Complaints;

public sealed record SubmitComplaintPayload(
    [property: GraphQLDescription("The complaint (status RECEIVED when new); null when errors.")] ComplaintNode? Complaint,
    [property: GraphQLDescription("True when the idempotency key was seen before and this is the first complaint submitted with it.")] bool Repeated,
    [property: GraphQLDescription("Why nothing was submitted; null on success.")] IReadOnlyList<ISubmitComplaintError>? Errors);
