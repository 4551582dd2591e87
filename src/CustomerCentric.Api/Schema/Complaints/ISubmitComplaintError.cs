using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Complaints;

/// <summary>The errors <c>submitComplaint</c> can answer with.</summary>
[GraphQLUnion("SubmitComplaintError")]
public interface ISubmitComplaintError;
