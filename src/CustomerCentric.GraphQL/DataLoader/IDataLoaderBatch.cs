namespace CustomerCentric.GraphQL.DataLoader;

/// <summary>A loader with keys waiting for a fetch; the <see cref="DataLoaderScope"/> dispatches it.</summary>
internal interface IDataLoaderBatch
{
    Task DispatchAsync(CancellationToken cancellationToken);
}
