using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Tests.Execution.EagerJson;

/// <summary>A code-first schema with every kind of value the eager writer writes, and fields it must leave to the general execution.</summary>
public sealed class Catalog
{
    public enum Grade
    {
        Basic,
        Premium,
        KeyAccount,
    }

    public sealed record Owner(string Name, string? Email);

    public sealed record Item(string Name, string? Note, Grade Grade, double Score, int Rank, bool Active, DateTimeOffset Since, IReadOnlyList<Owner> Owners)
    {
        /// <summary>A field with a resolver: the eager writer must not run it, the general execution does.</summary>
        public string? Label(string prefix = "#")
        {
            if (Rank == 13)
            {
                throw new InvalidOperationException("unlucky");
            }

            return prefix + Rank;
        }
    }

    /// <summary>The query root, given to execution as its root value.</summary>
    public sealed class Query(IReadOnlyList<Item> items)
    {
        public IReadOnlyList<Item> GetItems() => items;

        public Item? GetFirst() => items.Count > 0 ? items[0] : null;
    }

    public static GraphQLSchema CreateSchema() => new SchemaBuilder().AddQueryType<Query>().Create();

    public static IReadOnlyList<Item> CreateItems(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Item(
            $"item \"{i}\" é",
            i % 3 == 0 ? null : $"note {i}",
            (Grade)(i % 3),
            i / 7.0,
            i,
            i % 2 == 0,
            new DateTimeOffset(2025, 1 + i % 12, 1 + i % 28, 9, 30, 15, i % 1000, TimeSpan.Zero),
            [new Owner($"owner {i}", i % 4 == 0 ? null : $"o{i}@example.com"), new Owner("second", null)]))];
}
