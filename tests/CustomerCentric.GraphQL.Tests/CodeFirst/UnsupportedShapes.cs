using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.GraphQL.Tests.CodeFirst;

/// <summary>Root types the builder must refuse, each with one problem.</summary>
public sealed class CountingQuery
{
    private int _count;

    public int Next() => Interlocked.Increment(ref _count);
}

public sealed class LongQuery
{
    public long Total => 0;
}

public sealed class VoidQuery
{
    public string Name => "x";

    public void Touch()
    {
    }
}

public sealed class DictionaryQuery
{
    public Dictionary<string, string> Labels { get; } = [];
}

public sealed class StreamQuery
{
    public async IAsyncEnumerable<int> Ticks()
    {
        await Task.Yield();
        yield return 1;
    }
}

public sealed class InterfaceInputQuery
{
    public string Find(IComparable key) => key.ToString()!;
}

public sealed class DuplicateNameQuery
{
    public ShopModel.Customer? Customer => null;

    public Other.Customer? OtherCustomer => null;
}

public sealed class ComputedWithoutTypeQueryType : ObjectType<CountingQuery>
{
    protected override void Configure(IObjectTypeDescriptor<CountingQuery> descriptor) => descriptor.Field("extra").Resolve(_ => 1);
}
