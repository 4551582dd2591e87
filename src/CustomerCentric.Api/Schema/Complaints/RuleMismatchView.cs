using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Complaints;

[GraphQLName("RuleMismatch")]
[GraphQLDescription("Why one earlier rule did not take the complaint.")]
public sealed record RuleMismatchView(string RuleName, int ConditionIndex, string Reason);
