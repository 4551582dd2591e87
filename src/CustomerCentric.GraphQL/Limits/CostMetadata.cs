using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.GraphQL.Limits;

/// <summary>The field metadata cost analysis reads, and the fluent calls that write it (<c>.Cost(5)</c>, <c>.ListSize("pageSize")</c>).</summary>
public static class CostMetadata
{
    /// <summary>An <see cref="int"/>: the field's own cost (<see cref="OperationLimits.DefaultFieldCost"/> when absent).</summary>
    public const string CostKey = "cost";

    /// <summary>
    /// For list fields: a <see cref="string"/> naming the page-size argument (instead of <c>first</c>/<c>last</c>/<c>limit</c>/<c>take</c>),
    /// or an <see cref="int"/> giving a fixed size.
    /// </summary>
    public const string ListSizeKey = "listSize";

    public static IFieldDescriptor Cost(this IFieldDescriptor field, int cost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        return field.Metadata(CostKey, cost);
    }

    public static IFieldDescriptor ListSize(this IFieldDescriptor field, string pageSizeArgument) => field.Metadata(ListSizeKey, pageSizeArgument);

    public static IFieldDescriptor ListSize(this IFieldDescriptor field, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return field.Metadata(ListSizeKey, size);
    }
}
