namespace CustomerCentric.GraphQL.Types;

/// <summary>Tells whether a value belongs to an object type; used for abstract types that have no <see cref="TypeResolver"/>.</summary>
public delegate bool IsTypeOf(object value, IResolveFieldContext context);
