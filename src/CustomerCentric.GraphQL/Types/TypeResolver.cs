namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// Names the object type of a value of an interface or union (spec 6.4.3 ResolveAbstractType).
/// Returns the object type's name as graphql-js 16 does; null means "cannot tell" and is a field error.
/// </summary>
public delegate ValueTask<string?> TypeResolver(object value, IResolveFieldContext context, GraphQLNamedType abstractType);
