using System.Runtime.CompilerServices;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Validation;

/// <summary>
/// The <c>__schema</c> and <c>__type(name:)</c> meta-fields of the query root (spec 4.1), built over the schema's own
/// <c>__Schema</c> and <c>__Type</c> types once per schema. A schema without the introspection types has no such fields.
/// </summary>
internal static class IntrospectionMetaFields
{
    private static readonly ConditionalWeakTable<GraphQLSchema, MetaFields> BySchema = [];

    public static GraphQLField? For(GraphQLSchema schema, string fieldName)
    {
        var fields = BySchema.GetValue(schema, Create);
        return fieldName == "__schema" ? fields.Schema : fields.Type;
    }

    private static MetaFields Create(GraphQLSchema schema)
    {
        var schemaType = schema.GetType("__Schema") as GraphQLObjectType;
        var typeType = schema.GetType("__Type") as GraphQLObjectType;
        return new MetaFields(
            schemaType is null ? null : new GraphQLField("__schema", new GraphQLNonNull(schemaType)),
            typeType is null
                ? null
                : new GraphQLField("__type", typeType)
                {
                    Arguments = [new GraphQLArgument("name", new GraphQLNonNull(SpecifiedScalars.String))],
                });
    }

    private sealed record MetaFields(GraphQLField? Schema, GraphQLField? Type);
}
