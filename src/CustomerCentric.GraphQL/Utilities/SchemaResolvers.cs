using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>
/// Resolvers for a schema-first schema, bound by name: <c>Type.field</c> resolvers, subscription streams, type resolvers for
/// interfaces and unions, and <c>isTypeOf</c> checks for objects. <see cref="ApplyTo"/> fails on names the schema does not have,
/// so a typo is an error at start-up rather than a field that silently resolves to null.
/// </summary>
public sealed class SchemaResolvers
{
    private readonly List<Action<GraphQLSchema>> _bindings = [];

    public SchemaResolvers Field(string typeName, string fieldName, FieldResolver resolve) =>
        Add(schema => FindField(schema, typeName, fieldName).Resolve = resolve);

    public SchemaResolvers Field(string typeName, string fieldName, SourceFieldResolver resolveSource) =>
        Add(schema => FindField(schema, typeName, fieldName).ResolveSource = resolveSource);

    public SchemaResolvers Subscription(string typeName, string fieldName, SubscriptionResolver subscribe, FieldResolver? resolve = null) =>
        Add(schema =>
        {
            var field = FindField(schema, typeName, fieldName);
            field.Subscribe = subscribe;
            if (resolve is not null)
            {
                field.Resolve = resolve;
            }
        });

    public SchemaResolvers Type(string abstractTypeName, TypeResolver resolveType) =>
        Add(schema =>
        {
            if (schema.GetType(abstractTypeName) is not IGraphQLAbstractType abstractType)
            {
                throw new InvalidOperationException($"Cannot bind a type resolver: \"{abstractTypeName}\" is not an interface or union type of the schema.");
            }

            abstractType.ResolveType = resolveType;
        });

    public SchemaResolvers IsTypeOf(string objectTypeName, IsTypeOf isTypeOf) =>
        Add(schema =>
        {
            if (schema.GetType(objectTypeName) is not GraphQLObjectType objectType)
            {
                throw new InvalidOperationException($"Cannot bind isTypeOf: \"{objectTypeName}\" is not an object type of the schema.");
            }

            objectType.IsTypeOf = isTypeOf;
        });

    /// <summary>Binds every registered resolver; call before the schema serves requests.</summary>
    public GraphQLSchema ApplyTo(GraphQLSchema schema)
    {
        foreach (var binding in _bindings)
        {
            binding(schema);
        }

        return schema;
    }

    private SchemaResolvers Add(Action<GraphQLSchema> binding)
    {
        _bindings.Add(binding);
        return this;
    }

    private static GraphQLField FindField(GraphQLSchema schema, string typeName, string fieldName)
    {
        if (schema.GetType(typeName) is not GraphQLImplementingType type)
        {
            throw new InvalidOperationException($"Cannot bind a resolver to \"{typeName}.{fieldName}\": \"{typeName}\" is not an object or interface type of the schema.");
        }

        return type.GetField(fieldName)
            ?? throw new InvalidOperationException($"Cannot bind a resolver to \"{typeName}.{fieldName}\": type \"{typeName}\" has no field \"{fieldName}\".");
    }
}
