namespace CustomerCentric.Data.Provider;

/// <summary>The engines CustomerCentric.Data supports; a new engine is one more entry here.</summary>
public static class DatabaseProviders
{
    public static IReadOnlyList<IDatabaseProvider> All { get; } = [PostgreSqlProvider.Instance];

    /// <summary>The provider behind an EF Core provider name (<c>context.Database.ProviderName</c>).</summary>
    public static IDatabaseProvider ForEfProvider(string? efProviderName)
        => All.FirstOrDefault(p => p.EfProviderName == efProviderName)
            ?? throw new NotSupportedException(
                $"CustomerCentric.Data has no database provider for EF Core provider '{efProviderName ?? "(none)"}'; " +
                $"supported: {string.Join(", ", All.Select(p => p.EfProviderName))}.");
}
