using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

internal sealed class EnumTypeDescriptor<T>(EnumTypeConfig config) : IEnumTypeDescriptor<T>
    where T : struct, Enum
{
    public IEnumTypeDescriptor<T> Name(string name) => Set(() => config.Name = name);

    public IEnumTypeDescriptor<T> Description(string description) => Set(() => config.Description = description);

    public IEnumTypeDescriptor<T> Metadata(string key, object? value) => Set(() => config.Metadata[key] = value);

    public IEnumValueDescriptor Value(T value)
    {
        if (!config.Values.TryGetValue(value, out var valueConfig))
        {
            config.Values[value] = valueConfig = new EnumValueConfig();
        }

        return new ValueDescriptor(valueConfig);
    }

    private EnumTypeDescriptor<T> Set(Action change)
    {
        change();
        return this;
    }

    private sealed class ValueDescriptor(EnumValueConfig config) : IEnumValueDescriptor
    {
        public IEnumValueDescriptor Name(string name) => Set(() => config.Name = NameAssertion.AssertName(name));

        public IEnumValueDescriptor Description(string description) => Set(() => config.Description = description);

        public IEnumValueDescriptor Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason) => Set(() => config.DeprecationReason = reason);

        public IEnumValueDescriptor Ignore() => Set(() => config.Ignored = true);

        private ValueDescriptor Set(Action change)
        {
            change();
            return this;
        }
    }
}
