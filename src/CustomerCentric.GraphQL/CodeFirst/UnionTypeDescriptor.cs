namespace CustomerCentric.GraphQL.CodeFirst;

internal sealed class UnionTypeDescriptor<T>(UnionTypeConfig config) : IUnionTypeDescriptor<T>
{
    public IUnionTypeDescriptor<T> Name(string name) => Set(() => config.Name = name);

    public IUnionTypeDescriptor<T> Description(string description) => Set(() => config.Description = description);

    public IUnionTypeDescriptor<T> Metadata(string key, object? value) => Set(() => config.Metadata[key] = value);

    private UnionTypeDescriptor<T> Set(Action change)
    {
        change();
        return this;
    }
}
