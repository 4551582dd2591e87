namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Fluent configuration of the union for <typeparamref name="T"/> (an interface or abstract class): its members are the schema's object
/// types whose classes implement it. Subclass it, override <see cref="Configure"/>, register it with <c>AddType&lt;SearchResultType&gt;()</c>.
/// </summary>
public abstract class UnionType<T> : ITypeConfiguration
{
    protected abstract void Configure(IUnionTypeDescriptor<T> descriptor);

    TypeConfig ITypeConfiguration.Describe()
    {
        if (!typeof(T).IsInterface && !typeof(T).IsAbstract)
        {
            throw new CodeFirstSchemaException($"{GetType().Name}: UnionType<T> needs an interface or abstract class, and {ClrTypeShape.Display(typeof(T))} is neither.");
        }

        var config = new UnionTypeConfig(typeof(T));
        Configure(new UnionTypeDescriptor<T>(config));
        return config;
    }
}
