using System.Linq.Expressions;
using System.Reflection;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Records the fluent configuration of an object or interface type (the two share fields, arguments and resolvers).</summary>
internal sealed class ObjectTypeDescriptor<T>(ObjectTypeConfig config) : IObjectTypeDescriptor<T>, IInterfaceTypeDescriptor<T>
{
    public IObjectTypeDescriptor<T> Name(string name)
    {
        config.Name = name;
        return this;
    }

    public IObjectTypeDescriptor<T> Description(string description)
    {
        config.Description = description;
        return this;
    }

    public IObjectTypeDescriptor<T> Metadata(string key, object? value)
    {
        config.Metadata[key] = value;
        return this;
    }

    public IFieldDescriptor Field(Expression<Func<T, object?>> member) => new FieldDescriptor(config.ForMember(MemberOf(member)));

    public IFieldDescriptor Field(string name) => new FieldDescriptor(config.ForName(name));

    public IObjectTypeDescriptor<T> Ignore(Expression<Func<T, object?>> member)
    {
        config.ForMember(MemberOf(member)).Ignored = true;
        return this;
    }

    IInterfaceTypeDescriptor<T> IInterfaceTypeDescriptor<T>.Name(string name) => (ObjectTypeDescriptor<T>)Name(name);

    IInterfaceTypeDescriptor<T> IInterfaceTypeDescriptor<T>.Description(string description) => (ObjectTypeDescriptor<T>)Description(description);

    IInterfaceTypeDescriptor<T> IInterfaceTypeDescriptor<T>.Metadata(string key, object? value) => (ObjectTypeDescriptor<T>)Metadata(key, value);

    IInterfaceTypeDescriptor<T> IInterfaceTypeDescriptor<T>.Ignore(Expression<Func<T, object?>> member) => (ObjectTypeDescriptor<T>)Ignore(member);

    internal static MemberInfo MemberOf(Expression<Func<T, object?>> expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return body switch
        {
            MemberExpression { Member: PropertyInfo property } => property,
            MethodCallExpression call => call.Method,
            _ => throw new ArgumentException($"Expected a property or method of {typeof(T).Name}, such as x => x.Name; got {expression}.", nameof(expression)),
        };
    }
}
