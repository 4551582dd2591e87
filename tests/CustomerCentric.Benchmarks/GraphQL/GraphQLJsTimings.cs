namespace CustomerCentric.Benchmarks.GraphQL;

/// <summary>What graphql-js-engine.mjs reports (times in microseconds).</summary>
public sealed record GraphQLJsTimings(
    string Engine, int QueryBytes, int ResultFields, int ResponseBytes, GraphQLJsTimings.Sample Whole, GraphQLJsTimings.Sample Execute)
{
    public sealed record Sample(double MeanUs, double MedianUs, double P95Us, double MinUs, int Iterations);
}
