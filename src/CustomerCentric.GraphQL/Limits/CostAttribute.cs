using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.GraphQL.Limits;

/// <summary>A code-first field's cost for <see cref="OperationLimitsAnalyzer"/>: <c>[Cost(5)]</c>, optionally naming its page-size argument.</summary>
public sealed class CostAttribute(int cost) : FieldMetadataAttribute
{
    public int Cost { get; } = cost >= 0 ? cost : throw new ArgumentOutOfRangeException(nameof(cost));

    /// <summary>The argument that holds the page size of this list field, when not one of <c>first</c>/<c>last</c>/<c>limit</c>/<c>take</c>.</summary>
    public string? PageSizeArgument { get; init; }

    public override void Apply(IDictionary<string, object?> metadata)
    {
        metadata[CostMetadata.CostKey] = Cost;
        if (PageSizeArgument is not null)
        {
            metadata[CostMetadata.ListSizeKey] = PageSizeArgument;
        }
    }
}
