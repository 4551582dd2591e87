using System.Reflection;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>What an <see cref="ObjectType{T}"/>'s or <see cref="InterfaceType{T}"/>'s <c>Configure</c> recorded.</summary>
internal sealed class ObjectTypeConfig(Type clrType) : TypeConfig(clrType)
{
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
