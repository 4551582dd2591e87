namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// Fast path for fields whose value is a plain read of the parent value (a property getter):
/// execution calls it without building an <see cref="IResolveFieldContext"/> when a field has no <see cref="GraphQLField.Resolve"/>.
/// </summary>
public delegate object? SourceFieldResolver(object? source);
