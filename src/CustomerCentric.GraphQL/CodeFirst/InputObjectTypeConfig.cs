using System.Reflection;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>What an <see cref="InputObjectType{T}"/>'s <c>Configure</c> recorded.</summary>
internal sealed class InputObjectTypeConfig(Type clrType) : TypeConfig(clrType)
{
    public bool IsOneOf { get; set; }

    public List<InputFieldConfig> Fields { get; } = [];

    public InputFieldConfig? Find(PropertyInfo property) => Fields.FirstOrDefault(field => field.Property == property);

    public InputFieldConfig For(PropertyInfo property)
    {
        var found = Find(property);
        if (found is null)
        {
            found = new InputFieldConfig(property);
            Fields.Add(found);
        }

        return found;
    }
}
