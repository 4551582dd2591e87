namespace CustomerCentric.Api.Schema.Customers;

public sealed record RegisterCustomerPayload(CustomerNode? Customer, IReadOnlyList<IRegisterCustomerError>? Errors);
