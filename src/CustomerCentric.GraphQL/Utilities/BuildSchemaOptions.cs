using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>How <see cref="BuildAstSchema"/> turns SDL into an executable schema.</summary>
public sealed record BuildSchemaOptions
{
    /// <summary>
    /// Behaviour for custom scalars declared in the SDL, by name (for example <see cref="ExtendedScalars.DateTime"/>). A declared scalar
    /// without an entry passes values through unchanged, as in graphql-js.
    /// </summary>
    public IReadOnlyList<GraphQLScalarType> ScalarImplementations { get; init; } = [ExtendedScalars.DateTime, ExtendedScalars.Uuid];

    /// <summary>Resolvers to bind by name once the schema is built; they can also be applied later with <see cref="SchemaResolvers.ApplyTo"/>.</summary>
    public SchemaResolvers? Resolvers { get; init; }

    /// <summary>Skip type system validation of the result (graphql-js <c>assumeValid</c>); by default an invalid schema throws.</summary>
    public bool AssumeValid { get; init; }

    /// <summary>Skip the SDL rules (graphql-js <c>assumeValidSDL</c>); by default a document breaking them throws before anything is built.</summary>
    public bool AssumeValidSdl { get; init; }
}
