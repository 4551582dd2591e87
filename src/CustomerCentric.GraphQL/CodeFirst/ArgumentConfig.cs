namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>An argument's fluent configuration: overrides a method parameter's argument of that name, or adds one.</summary>
internal sealed class ArgumentConfig(string name)
{
    public string Name { get; } = name;

    public TypeReference? Type { get; set; }

    public bool HasDefaultValue { get; private set; }

    public object? DefaultValue { get; private set; }

    public string? Description { get; set; }

    public void SetDefault(object? value)
    {
        DefaultValue = value;
        HasDefaultValue = true;
    }
}
