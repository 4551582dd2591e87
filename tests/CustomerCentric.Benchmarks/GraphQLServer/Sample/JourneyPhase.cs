namespace CustomerCentric.Benchmarks.GraphQLServer.Sample;

public enum JourneyPhase
{
    Awareness,
    Purchase,
    Usage,
    AfterSales,
}
