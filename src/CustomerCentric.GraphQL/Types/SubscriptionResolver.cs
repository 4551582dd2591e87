namespace CustomerCentric.GraphQL.Types;

/// <summary>Creates the source event stream of a subscription root field (spec 6.3.1 CreateSourceEventStream).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(IResolveFieldContext context);
