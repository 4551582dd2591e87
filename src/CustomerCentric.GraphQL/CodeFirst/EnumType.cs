namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Fluent configuration of the enum type for the C# enum <typeparamref name="T"/> on top of the conventions (SCREAMING_SNAKE_CASE
/// values): subclass it, override <see cref="Configure"/>, register it with <c>AddType&lt;ChannelType&gt;()</c>.
/// </summary>
public abstract class EnumType<T> : ITypeConfiguration
    where T : struct, Enum
{
    protected abstract void Configure(IEnumTypeDescriptor<T> descriptor);

    TypeConfig ITypeConfiguration.Describe()
    {
        var config = new EnumTypeConfig(typeof(T));
        Configure(new EnumTypeDescriptor<T>(config));
        return config;
    }
}
