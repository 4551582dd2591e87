namespace CustomerCentric.GraphQL.Types;

/// <summary>Produces a field's value (spec 6.4.2 ResolveFieldValue). Complete synchronously where possible: ValueTask avoids an allocation then.</summary>
public delegate ValueTask<object?> FieldResolver(IResolveFieldContext context);
