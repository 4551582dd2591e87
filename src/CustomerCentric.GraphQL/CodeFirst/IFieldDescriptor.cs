using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Fluent configuration of one field. Later layers add extension methods over <see cref="Metadata"/> (<c>.Cost(5)</c>, <c>.Authorize(...)</c>).</summary>
public interface IFieldDescriptor
{
    IFieldDescriptor Name(string name);

    IFieldDescriptor Description(string description);

    IFieldDescriptor Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason);

    /// <summary>The GraphQL type of CLR type <typeparamref name="TClr"/> by the conventions; reference types are non-null.</summary>
    IFieldDescriptor Type<TClr>();

    /// <summary>The type as SDL (<c>"[Customer!]!"</c>), resolved by name when the schema is created.</summary>
    IFieldDescriptor Type(string sdlType);

    IFieldDescriptor Type(GraphQLType type);

    /// <summary>Adds an argument, or changes the argument of that name a method parameter produced.</summary>
    IFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure);

    IFieldDescriptor Resolve(FieldResolver resolver);

    IFieldDescriptor Resolve(Func<IResolveFieldContext, object?> resolver);

    IFieldDescriptor Resolve<TResult>(Func<IResolveFieldContext, Task<TResult>> resolver);

    /// <summary>An annotation on the field (<see cref="GraphQLField.Metadata"/>) that authorization, cost analysis and others read.</summary>
    IFieldDescriptor Metadata(string key, object? value);

    IFieldDescriptor Ignore();
}
