namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>What an <see cref="EnumType{T}"/>'s <c>Configure</c> recorded.</summary>
internal sealed class EnumTypeConfig(Type clrType) : TypeConfig(clrType)
{
    public Dictionary<object, EnumValueConfig> Values { get; } = [];
}
