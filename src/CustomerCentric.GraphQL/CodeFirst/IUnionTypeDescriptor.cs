namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Fluent configuration of the union type for <typeparamref name="T"/>, given to <see cref="UnionType{T}"/>'s <c>Configure</c>.</summary>
public interface IUnionTypeDescriptor<T>
{
    IUnionTypeDescriptor<T> Name(string name);

    IUnionTypeDescriptor<T> Description(string description);

    /// <summary>An annotation on the type (<see cref="Types.GraphQLNamedType.Metadata"/>) for later layers.</summary>
    IUnionTypeDescriptor<T> Metadata(string key, object? value);
}
