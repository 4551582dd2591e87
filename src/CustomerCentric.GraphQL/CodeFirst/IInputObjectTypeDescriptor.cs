using System.Linq.Expressions;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Fluent configuration of the input object type for <typeparamref name="T"/>, given to <see cref="InputObjectType{T}"/>'s <c>Configure</c>.</summary>
public interface IInputObjectTypeDescriptor<T>
{
    IInputObjectTypeDescriptor<T> Name(string name);

    IInputObjectTypeDescriptor<T> Description(string description);

    /// <summary>Makes it a <c>@oneOf</c> input object: exactly one field is given, and it is not null.</summary>
    IInputObjectTypeDescriptor<T> OneOf();

    /// <summary>An annotation on the type (<see cref="Types.GraphQLNamedType.Metadata"/>) for later layers.</summary>
    IInputObjectTypeDescriptor<T> Metadata(string key, object? value);

    /// <summary>The input field of a property (<c>x => x.Text</c>).</summary>
    IInputFieldDescriptor Field(Expression<Func<T, object?>> property);

    IInputObjectTypeDescriptor<T> Ignore(Expression<Func<T, object?>> property);
}
