using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Customers;

[GraphQLUnion("RecordInteractionError")]
public interface IRecordInteractionError;
