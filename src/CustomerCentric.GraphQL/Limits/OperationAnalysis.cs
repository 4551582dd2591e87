using CustomerCentric.GraphQL.Error;

namespace CustomerCentric.GraphQL.Limits;

/// <summary>What <see cref="OperationLimitsAnalyzer"/> measured, and the limits the operation exceeds (empty when it is within them).</summary>
public sealed record OperationAnalysis(IReadOnlyList<GraphQLError> Errors, int Depth, long Cost, int Aliases, int RootFields)
{
    public bool IsWithinLimits => Errors.Count == 0;
}
