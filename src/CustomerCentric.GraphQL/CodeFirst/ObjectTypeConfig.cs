using System.Reflection;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>What an <see cref="ObjectType{T}"/>'s <c>Configure</c> recorded, read when the schema is created.</summary>
internal sealed class ObjectTypeConfig(Type clrType)
{
    public Type ClrType { get; } = clrType;

    public string? Name { get; set; }

    public string? Description { get; set; }

    public Dictionary<string, object?> Metadata { get; } = [];

    public List<FieldConfig> Fields { get; } = [];

    public FieldConfig ForMember(MemberInfo member)
    {
        var found = Fields.FirstOrDefault(field => field.Member == member);
        if (found is null)
        {
            found = new FieldConfig { Member = member };
            Fields.Add(found);
        }

        return found;
    }

    public FieldConfig ForName(string name)
    {
        var found = Fields.FirstOrDefault(field => field.Member is null && field.LookupName == name);
        if (found is null)
        {
            found = new FieldConfig { LookupName = name };
            Fields.Add(found);
        }

        return found;
    }
}
