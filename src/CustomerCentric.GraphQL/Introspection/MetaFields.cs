using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Introspection;

/// <summary>
/// The fields every selection may ask for without the schema declaring them (spec 4.1, 4.2): <c>__typename</c> on any object,
/// <c>__schema</c> and <c>__type(name:)</c> on the query root type.
/// </summary>
public static class MetaFields
{
    public static GraphQLField Schema { get; } = new("__schema", new GraphQLNonNull(IntrospectionTypes.Schema))
    {
        Description = "Access the current type schema of this server.",
        Resolve = context => new(context.Schema),
    };

    public static GraphQLField Type { get; } = new("__type", IntrospectionTypes.Type)
    {
        Description = "Request the type information of a single type.",
        Arguments = [new GraphQLArgument("name", new GraphQLNonNull(SpecifiedScalars.String))],
        Resolve = context => new(context.Schema.GetType((string)context.Arguments["name"]!)),
    };

    /// <summary>Execution answers it from the parent type without calling a resolver.</summary>
    public static GraphQLField TypeName { get; } = new("__typename", new GraphQLNonNull(SpecifiedScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
    };

    /// <summary>
    /// The definition of <paramref name="fieldName"/> on <paramref name="parentType"/>, including the meta fields (graphql-js <c>getFieldDef</c>).
    /// </summary>
    public static GraphQLField? GetFieldDefinition(GraphQLSchema schema, GraphQLObjectType parentType, string fieldName)
    {
        if (fieldName.StartsWith("__", StringComparison.Ordinal))
        {
            if (fieldName == "__typename")
            {
                return TypeName;
            }

            if (ReferenceEquals(parentType, schema.Query))
            {
                if (fieldName == "__schema")
                {
                    return Schema;
                }

                if (fieldName == "__type")
                {
                    return Type;
                }
            }
        }

        return parentType.GetField(fieldName);
    }

    /// <summary>Whether a field definition is <c>__schema</c> or <c>__type</c>, which reveal the schema.</summary>
    public static bool IsSchemaIntrospection(GraphQLField field) => ReferenceEquals(field, Schema) || ReferenceEquals(field, Type);
}
