namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>What a fluent type's <c>Configure</c> recorded about the GraphQL type of <see cref="ClrType"/>, read when the schema is created.</summary>
internal abstract class TypeConfig(Type clrType)
{
    public Type ClrType { get; } = clrType;

    public string? Name { get; set; }

    public string? Description { get; set; }

    public Dictionary<string, object?> Metadata { get; } = [];
}
