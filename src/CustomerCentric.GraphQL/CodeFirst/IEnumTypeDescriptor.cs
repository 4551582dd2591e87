namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Fluent configuration of the enum type for the C# enum <typeparamref name="T"/>, given to <see cref="EnumType{T}"/>'s <c>Configure</c>.</summary>
public interface IEnumTypeDescriptor<T>
    where T : struct, Enum
{
    IEnumTypeDescriptor<T> Name(string name);

    IEnumTypeDescriptor<T> Description(string description);

    /// <summary>An annotation on the type (<see cref="Types.GraphQLNamedType.Metadata"/>) for later layers.</summary>
    IEnumTypeDescriptor<T> Metadata(string key, object? value);

    /// <summary>The GraphQL value of one C# member.</summary>
    IEnumValueDescriptor Value(T value);
}
