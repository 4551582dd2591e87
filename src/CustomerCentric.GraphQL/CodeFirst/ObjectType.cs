namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Fluent configuration of the object type for <typeparamref name="T"/> on top of the conventions: subclass it, override
/// <see cref="Configure"/>, and register the subclass (<c>AddType&lt;CustomerType&gt;()</c>, <c>AddQueryType&lt;QueryType&gt;()</c>).
/// </summary>
public abstract class ObjectType<T> : ITypeConfiguration
{
    protected abstract void Configure(IObjectTypeDescriptor<T> descriptor);

    TypeConfig ITypeConfiguration.Describe()
    {
        var config = new ObjectTypeConfig(typeof(T));
        Configure(new ObjectTypeDescriptor<T>(config));
        return config;
    }
}
