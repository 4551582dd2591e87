namespace CustomerCentric.Benchmarks.GraphQLServer.Sample;

public enum Segment
{
    Private,
    Business,
    KeyAccount,
}
