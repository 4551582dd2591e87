namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Fluent configuration of the interface type for the C# interface <typeparamref name="T"/> on top of the conventions (its object types
/// are the schema's classes implementing it): subclass it, override <see cref="Configure"/>, register it with <c>AddType&lt;NodeType&gt;()</c>.
/// </summary>
public abstract class InterfaceType<T> : ITypeConfiguration
{
    protected abstract void Configure(IInterfaceTypeDescriptor<T> descriptor);

    TypeConfig ITypeConfiguration.Describe()
    {
        if (!typeof(T).IsInterface)
        {
            throw new CodeFirstSchemaException($"{GetType().Name}: InterfaceType<T> needs a C# interface, and {ClrTypeShape.Display(typeof(T))} is not one.");
        }

        var config = new ObjectTypeConfig(typeof(T));
        Configure(new ObjectTypeDescriptor<T>(config));
        return config;
    }
}
