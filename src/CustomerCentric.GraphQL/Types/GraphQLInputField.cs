namespace CustomerCentric.GraphQL.Types;

/// <summary>A field of an input object type (spec 3.10).</summary>
public sealed class GraphQLInputField(string name, GraphQLType type) : GraphQLInputValue(name, type);
