namespace CustomerCentric.Benchmarks.GraphQLServer.Sample;

public enum Channel
{
    Web,
    App,
    Store,
    Hotline,
    Email,
    Delivery,
}
