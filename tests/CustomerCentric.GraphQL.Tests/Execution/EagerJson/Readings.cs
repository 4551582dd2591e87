using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Tests.Execution.EagerJson;

/// <summary>
/// A code-first schema whose property values the typed writers hand back to the general completion: values a scalar or enum
/// refuses (NaN, an undefined member), dates with an offset, nullable value types.
/// </summary>
public sealed class Readings
{
    public sealed record Reading(string Name, double Ratio, Catalog.Grade Grade, DateTimeOffset Taken, int? Count, bool? Valid, double? Spread);

    public sealed class Query(IReadOnlyList<Reading> readings)
    {
        public IReadOnlyList<Reading> GetReadings() => readings;
    }

    public static GraphQLSchema CreateSchema() => new SchemaBuilder().AddQueryType<Query>().Create();

    public static IReadOnlyList<Reading> Create(double oddRatio, Catalog.Grade oddGrade) =>
    [
        new("plain", 0.25, Catalog.Grade.Premium, new DateTimeOffset(2025, 3, 9, 23, 59, 59, 999, TimeSpan.Zero), 3, true, null),
        new("offset", 1e21, Catalog.Grade.KeyAccount, new DateTimeOffset(1999, 12, 31, 8, 5, 0, 7, TimeSpan.FromHours(-5.5)), null, null, 0.1),
        new("odd", oddRatio, oddGrade, new DateTimeOffset(7, 1, 2, 3, 4, 5, TimeSpan.FromHours(14)), -2, false, double.NaN),
    ];
}
