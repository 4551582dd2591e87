namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Makes a C# interface or abstract class a GraphQL union (rather than an interface): its members are the object types of the schema
/// whose CLR types implement or derive from it. <see cref="SchemaBuilder.AddUnionType{T}"/> does the same without the attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class)]
public sealed class GraphQLUnionAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}
