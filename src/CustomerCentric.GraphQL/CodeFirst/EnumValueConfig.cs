namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>One enum value's fluent configuration.</summary>
internal sealed class EnumValueConfig
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool Ignored { get; set; }
}
