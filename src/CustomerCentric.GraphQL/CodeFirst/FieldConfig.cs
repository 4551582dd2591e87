using System.Reflection;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>A field's fluent configuration: bound to a C# member, or to a GraphQL name (a member's or a new computed field).</summary>
internal sealed class FieldConfig
{
    public MemberInfo? Member { get; set; }

    /// <summary>The name passed to <c>Field("name")</c>: a member's conventional GraphQL name, or a new field.</summary>
    public string? LookupName { get; init; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public TypeReference? Type { get; set; }

    public List<ArgumentConfig> Arguments { get; } = [];

    public FieldResolver? Resolver { get; set; }

    public Dictionary<string, object?> Metadata { get; } = [];

    public bool Ignored { get; set; }

    public string Display => Member?.Name ?? LookupName ?? "?";
}
