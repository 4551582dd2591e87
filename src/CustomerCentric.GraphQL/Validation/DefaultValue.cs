namespace CustomerCentric.GraphQL.Validation;

/// <summary>
/// The schema default of an argument or input field at a position: <paramref name="Exists"/> separates "no default"
/// from a default of null (graphql-js's undefined versus null).
/// </summary>
public readonly record struct DefaultValue(bool Exists, object? Value);
