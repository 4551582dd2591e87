using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Customers;

[GraphQLUnion("RegisterCustomerError")]
public interface IRegisterCustomerError;
