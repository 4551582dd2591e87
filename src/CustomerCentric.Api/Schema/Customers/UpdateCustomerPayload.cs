namespace CustomerCentric.Api.Schema.Customers;

public sealed record UpdateCustomerPayload(CustomerNode? Customer, IReadOnlyList<IUpdateCustomerError>? Errors);
