using CustomerCentric.GraphQL.Error;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>
/// Receives each problem <see cref="CoerceInputValue"/> finds: the path inside the value (field names and list indices),
/// the offending value, and the error. Execution uses it to build <c>Variable "$x" got invalid value ...</c> messages.
/// </summary>
public delegate void InputCoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);
