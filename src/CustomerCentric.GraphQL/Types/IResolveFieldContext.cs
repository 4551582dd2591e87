namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// What a resolver sees of the field it resolves (graphql-js passes this as <c>source, args, context, info</c>).
/// Implemented by execution; kept small so that one context object per field is cheap.
/// </summary>
public interface IResolveFieldContext
{
    /// <summary>The parent value: what the parent field resolved to, or the root value for root fields.</summary>
    object? Source { get; }

    /// <summary>Coerced argument values by argument name (spec 6.4.1 CoerceArgumentValues); absent when neither given nor defaulted.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    GraphQLField FieldDefinition { get; }

    GraphQLObjectType ParentType { get; }

    GraphQLSchema Schema { get; }

    ResponsePath Path { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>The request's scoped services (ASP.NET Core <c>HttpContext.RequestServices</c>), if any.</summary>
    IServiceProvider? RequestServices { get; }

    /// <summary>Values shared by all resolvers of one request (data loaders, the current user, ...).</summary>
    IDictionary<string, object?> Items { get; }
}
