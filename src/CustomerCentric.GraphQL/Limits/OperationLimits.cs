namespace CustomerCentric.GraphQL.Limits;

/// <summary>
/// Bounds on an operation's shape, checked before execution by <see cref="OperationLimitsAnalyzer"/>. A null limit is not checked.
/// </summary>
public sealed record OperationLimits
{
    /// <summary>Nesting of fields, the root fields being depth 1 (<c>__typename</c> and introspection subtrees do not count).</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>The operation's estimated cost: each field's cost, list fields multiplying their subtree by their page size.</summary>
    public long? MaxCost { get; init; } = 10_000;

    /// <summary>Aliases written in the operation and the fragments it uses (each written alias once).</summary>
    public int? MaxAliases { get; init; } = 30;

    /// <summary>Fields selected on the root type, fragments expanded.</summary>
    public int? MaxRootFields { get; init; } = 20;

    /// <summary>The cost of a field with no <see cref="CostMetadata.CostKey"/> annotation.</summary>
    public int DefaultFieldCost { get; init; } = 1;

    /// <summary>The page size assumed for a list field when no page-size argument gives one.</summary>
    public int DefaultListSize { get; init; } = 10;
}
