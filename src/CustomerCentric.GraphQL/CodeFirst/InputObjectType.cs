namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Fluent configuration of the input object type for the class or record <typeparamref name="T"/> on top of the conventions:
/// subclass it, override <see cref="Configure"/>, register it with <c>AddType&lt;CustomerFilterType&gt;()</c>.
/// </summary>
public abstract class InputObjectType<T> : ITypeConfiguration
{
    protected abstract void Configure(IInputObjectTypeDescriptor<T> descriptor);

    TypeConfig ITypeConfiguration.Describe()
    {
        var config = new InputObjectTypeConfig(typeof(T));
        Configure(new InputObjectTypeDescriptor<T>(config));
        return config;
    }
}
