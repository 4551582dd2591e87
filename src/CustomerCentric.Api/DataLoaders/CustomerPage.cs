using CustomerCentric.Api.Schema.Relay;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>One customer's page of a nested list: the key of <see cref="PagesByCustomerLoader{TRows, TEntity}"/>.</summary>
public readonly record struct CustomerPage<TEntity>(Guid CustomerId, PageRequest<TEntity> Request);
