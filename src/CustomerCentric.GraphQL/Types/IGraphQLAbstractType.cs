namespace CustomerCentric.GraphQL.Types;

/// <summary>Interfaces and unions: execution asks them which object type a value has (spec 6.4.3 ResolveAbstractType).</summary>
public interface IGraphQLAbstractType
{
    string Name { get; }

    /// <summary>When null, execution asks each possible type's <see cref="GraphQLObjectType.IsTypeOf"/>.</summary>
    TypeResolver? ResolveType { get; set; }
}
