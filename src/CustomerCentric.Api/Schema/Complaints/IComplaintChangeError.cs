using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Complaints;

/// <summary>The errors of the mutations that change a complaint (acknowledge, resolve, reopen, add a note).</summary>
[GraphQLUnion("ComplaintChangeError")]
public interface IComplaintChangeError;
