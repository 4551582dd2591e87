using System.Reflection;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>An input field's fluent configuration, bound to the property it was made from.</summary>
internal sealed class InputFieldConfig(PropertyInfo property)
{
    public PropertyInfo Property { get; } = property;

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public TypeReference? Type { get; set; }

    public bool HasDefaultValue { get; set; }

    public object? DefaultValue { get; set; }

    public bool Ignored { get; set; }
}
