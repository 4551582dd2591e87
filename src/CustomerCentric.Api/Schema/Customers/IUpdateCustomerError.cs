using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Customers;

[GraphQLUnion("UpdateCustomerError")]
public interface IUpdateCustomerError;
