namespace CustomerCentric.GraphQL.Language;

/// <summary>A 1-based line and column, as in the "locations" entry of a GraphQL response error (spec 7.1.2).</summary>
public readonly record struct SourceLocation(int Line, int Column);
