namespace CustomerCentric.GraphQL.Types;

/// <summary>An argument of a field or directive (spec 3.6.1).</summary>
public sealed class GraphQLArgument(string name, GraphQLType type) : GraphQLInputValue(name, type);
