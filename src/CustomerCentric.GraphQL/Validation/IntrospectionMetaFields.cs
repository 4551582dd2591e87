using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Validation;

/// <summary>
/// The <c>__schema</c> and <c>__type(name:)</c> meta-fields of the query root (spec 4.1): the same definitions execution resolves,
/// so that validation and execution agree on their arguments and types.
/// </summary>
internal static class IntrospectionMetaFields
{
    public static GraphQLField? For(GraphQLSchema schema, string fieldName) =>
        fieldName == "__schema" ? Introspection.MetaFields.Schema : Introspection.MetaFields.Type;
}
