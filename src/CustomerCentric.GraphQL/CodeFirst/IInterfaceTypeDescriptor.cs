using System.Linq.Expressions;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Fluent configuration of the interface type for the C# interface <typeparamref name="T"/>, given to <see cref="InterfaceType{T}"/>'s <c>Configure</c>.</summary>
public interface IInterfaceTypeDescriptor<T>
{
    IInterfaceTypeDescriptor<T> Name(string name);

    IInterfaceTypeDescriptor<T> Description(string description);

    /// <summary>An annotation on the type (<see cref="Types.GraphQLNamedType.Metadata"/>) for later layers.</summary>
    IInterfaceTypeDescriptor<T> Metadata(string key, object? value);

    /// <summary>The field of a property (<c>x => x.Name</c>) or method (<c>x => x.GetOrders(default)</c>).</summary>
    IFieldDescriptor Field(Expression<Func<T, object?>> member);

    /// <summary>The field with this GraphQL name: a member's field, or a new field that needs <c>Type</c> and <c>Resolve</c>.</summary>
    IFieldDescriptor Field(string name);

    IInterfaceTypeDescriptor<T> Ignore(Expression<Func<T, object?>> member);
}
