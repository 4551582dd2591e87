using System.Text.Json;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Tests.Types;

public sealed class ExtendedScalarsTests
{
    [Theory]
    [InlineData("2024-05-01T12:30:00Z", 2024, 5, 1, 12, 30, 0, 0, 0)]
    [InlineData("2024-05-01t12:30:00z", 2024, 5, 1, 12, 30, 0, 0, 0)]
    [InlineData("2024-05-01T14:30:00.5+02:00", 2024, 5, 1, 14, 30, 0, 500, 120)]
    [InlineData("2024-12-31T23:59:59.123-05:30", 2024, 12, 31, 23, 59, 59, 123, -330)]
    [InlineData("2024-02-29T00:00:00Z", 2024, 2, 29, 0, 0, 0, 0, 0)]
    public void DateTime_parses_RFC_3339_with_offset(string text, int year, int month, int day, int hour, int minute, int second, int millisecond, int offsetMinutes)
    {
        var expected = new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.FromMinutes(offsetMinutes));

        Assert.Equal(expected, ExtendedScalars.DateTime.ParseValue(text));
        Assert.Equal(expected, ExtendedScalars.DateTime.ParseLiteral(Parser.ParseValue($"\"{text}\""), null));
    }

    [Theory]
    [InlineData("2024-05-01T12:30:00")]
    [InlineData("2024-05-01")]
    [InlineData("2024-05-01 12:30:00Z")]
    [InlineData("2023-02-29T00:00:00Z")]
    [InlineData("2024-13-01T00:00:00Z")]
    [InlineData("2024-05-01T24:00:00Z")]
    [InlineData("2024-05-01T12:30:00+0200")]
    [InlineData("May 1, 2024")]
    [InlineData("")]
    public void DateTime_refuses_what_is_not_an_RFC_3339_date_time(string text)
    {
        var error = Assert.Throws<GraphQLError>(() => ExtendedScalars.DateTime.ParseValue(text));

        Assert.Equal($"DateTime cannot represent an invalid date-time string: \"{text}\"", error.Message);
    }

    [Fact]
    public void DateTime_refuses_non_strings_and_other_literals()
    {
        Assert.Equal("DateTime cannot represent a non string value: 1714566600",
            Assert.Throws<GraphQLError>(() => ExtendedScalars.DateTime.ParseValue(1714566600)).Message);
        Assert.Equal("DateTime cannot represent a non string value: 1714566600",
            Assert.Throws<GraphQLError>(() => ExtendedScalars.DateTime.ParseLiteral(Parser.ParseValue("1714566600"), null)).Message);
    }

    [Fact]
    public void DateTime_serializes_with_milliseconds_and_offset()
    {
        var scalar = ExtendedScalars.DateTime;

        Assert.Equal("2024-05-01T12:30:00.000Z", scalar.Serialize(new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.Zero)));
        Assert.Equal("0987-11-03T04:05:06.078Z", scalar.Serialize(new DateTimeOffset(987, 11, 3, 4, 5, 6, 78, TimeSpan.Zero)));
        Assert.Equal("9999-12-31T23:59:59.999Z", scalar.Serialize(DateTimeOffset.MaxValue));
        Assert.Equal("2024-05-01T14:30:00.250+02:00", scalar.Serialize(new DateTimeOffset(2024, 5, 1, 14, 30, 0, 250, TimeSpan.FromHours(2))));
        Assert.Equal("2024-05-01T12:30:00.000Z", scalar.Serialize(new DateTime(2024, 5, 1, 12, 30, 0, DateTimeKind.Utc)));
        Assert.Equal("2024-05-01T12:30:00.000Z", scalar.Serialize("2024-05-01T12:30:00Z"));
        Assert.Contains("DateTimeKind.Unspecified",
            Assert.Throws<GraphQLError>(() => scalar.Serialize(new DateTime(2024, 5, 1, 12, 30, 0, DateTimeKind.Unspecified))).Message);
        Assert.Equal("DateTime cannot represent value: 42", Assert.Throws<GraphQLError>(() => scalar.Serialize(42)).Message);
    }

    [Fact]
    public void DateTime_serializes_any_UTC_moment_as_the_format_string_writes_it()
    {
        // The UTC path writes digits itself; the format string is the reference it must agree with, across all years and times of day.
        var random = new Random(20261123);
        var moments = new List<DateTimeOffset> { DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.UnixEpoch, new(2024, 2, 29, 23, 59, 59, 999, TimeSpan.Zero) };
        for (var i = 0; i < 20_000; i++)
        {
            moments.Add(new DateTimeOffset(random.NextInt64(DateTimeOffset.MinValue.Ticks, DateTimeOffset.MaxValue.Ticks), TimeSpan.Zero));
        }

        foreach (var moment in moments)
        {
            var expected = moment.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture) + "Z";
            Assert.Equal(expected, ExtendedScalars.DateTime.Serialize(moment));
        }
    }

    [Fact]
    public void DateTime_is_specified_by_the_graphql_scalars_url() =>
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", ExtendedScalars.DateTime.SpecifiedByUrl);

    [Fact]
    public void Uuid_parses_the_hyphenated_form_in_any_case_and_serializes_lower_case()
    {
        var expected = Guid.Parse("0b7e7dee-87ac-4c31-b3e0-c7a6e06b1f9c");

        Assert.Equal(expected, ExtendedScalars.Uuid.ParseValue("0B7E7DEE-87AC-4C31-B3E0-C7A6E06B1F9C"));
        Assert.Equal(expected, ExtendedScalars.Uuid.ParseLiteral(Parser.ParseValue("\"0b7e7dee-87ac-4c31-b3e0-c7a6e06b1f9c\""), null));
        Assert.Equal("0b7e7dee-87ac-4c31-b3e0-c7a6e06b1f9c", ExtendedScalars.Uuid.Serialize(expected));
        Assert.Equal("0b7e7dee-87ac-4c31-b3e0-c7a6e06b1f9c", ExtendedScalars.Uuid.Serialize("0B7E7DEE-87AC-4C31-B3E0-C7A6E06B1F9C"));
    }

    [Theory]
    [InlineData("0b7e7dee87ac4c31b3e0c7a6e06b1f9c")]
    [InlineData("{0b7e7dee-87ac-4c31-b3e0-c7a6e06b1f9c}")]
    [InlineData("0b7e7dee-87ac-4c31-b3e0-c7a6e06b1f9")]
    [InlineData("not-a-uuid")]
    public void Uuid_refuses_other_forms(string text)
    {
        Assert.Equal($"UUID cannot represent an invalid UUID string: \"{text}\"",
            Assert.Throws<GraphQLError>(() => ExtendedScalars.Uuid.ParseValue(text)).Message);
        Assert.Equal("UUID cannot represent a non string value: 7", Assert.Throws<GraphQLError>(() => ExtendedScalars.Uuid.ParseValue(7)).Message);
    }

    [Fact]
    public void A_scalar_can_be_defined_from_functions()
    {
        var email = new GraphQLScalarType("Email")
        {
            Serializer = value => value?.ToString()?.ToLowerInvariant(),
            ValueParser = value => value is string text && text.Contains('@')
                ? text
                : throw new GraphQLError($"Email cannot represent {value}."),
        };

        Assert.Equal("ann@example.com", email.Serialize("ANN@example.com"));
        Assert.Equal("ann@example.com", email.ParseValue("ann@example.com"));
        // Without a literal parser the literal's untyped value goes through ParseValue.
        Assert.Equal("bob@example.com", email.ParseLiteral(Parser.ParseValue("\"bob@example.com\""), null));
        Assert.Equal("Email cannot represent nobody.", Assert.Throws<GraphQLError>(() => email.ParseLiteral(Parser.ParseValue("\"nobody\""), null)).Message);
    }

    [Fact]
    public void A_scalar_without_functions_passes_values_through()
    {
        var json = new GraphQLScalarType("JSON");
        var variables = new Dictionary<string, object?> { ["v"] = 3 };

        Assert.Equal("""{"a":[1,"x",3]}""", JsonSerializer.Serialize(json.ParseLiteral(Parser.ParseValue("{a: [1, \"x\", $v]}"), variables)));
        Assert.Same(variables, json.Serialize(variables));
    }
}
