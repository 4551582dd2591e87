using System.Linq.Expressions;
using System.Reflection;

namespace CustomerCentric.GraphQL.CodeFirst;

internal sealed class InputObjectTypeDescriptor<T>(InputObjectTypeConfig config) : IInputObjectTypeDescriptor<T>
{
    public IInputObjectTypeDescriptor<T> Name(string name) => Set(() => config.Name = name);

    public IInputObjectTypeDescriptor<T> Description(string description) => Set(() => config.Description = description);

    public IInputObjectTypeDescriptor<T> OneOf() => Set(() => config.IsOneOf = true);

    public IInputObjectTypeDescriptor<T> Metadata(string key, object? value) => Set(() => config.Metadata[key] = value);

    public IInputFieldDescriptor Field(Expression<Func<T, object?>> property) => new InputFieldDescriptor(config.For(PropertyOf(property)));

    public IInputObjectTypeDescriptor<T> Ignore(Expression<Func<T, object?>> property) => Set(() => config.For(PropertyOf(property)).Ignored = true);

    private static PropertyInfo PropertyOf(Expression<Func<T, object?>> expression) =>
        ObjectTypeDescriptor<T>.MemberOf(expression) as PropertyInfo
        ?? throw new ArgumentException($"Expected a property of {typeof(T).Name}, such as x => x.Name; got {expression}.", nameof(expression));

    private InputObjectTypeDescriptor<T> Set(Action change)
    {
        change();
        return this;
    }
}
