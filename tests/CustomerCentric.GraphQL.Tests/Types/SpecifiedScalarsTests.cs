using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Tests.Types;

public sealed class SpecifiedScalarsTests
{
    [Theory]
    [MemberData(nameof(SpecifiedScalarCases.Serialize), MemberType = typeof(SpecifiedScalarCases))]
    public void Serialize_coerces_results_like_graphql_js(string scalar, object? input, Outcome expected) =>
        AssertOutcome(expected, () => Scalar(scalar).Serialize(input));

    [Theory]
    [MemberData(nameof(SpecifiedScalarCases.ParseValue), MemberType = typeof(SpecifiedScalarCases))]
    public void ParseValue_coerces_variables_like_graphql_js(string scalar, object? input, Outcome expected) =>
        AssertOutcome(expected, () => Scalar(scalar).ParseValue(input));

    [Theory]
    [MemberData(nameof(SpecifiedScalarCases.ParseLiteral), MemberType = typeof(SpecifiedScalarCases))]
    public void ParseLiteral_coerces_literals_like_graphql_js(string scalar, string literal, Outcome expected) =>
        AssertOutcome(expected, () => Scalar(scalar).ParseLiteral(Parser.ParseValue(literal), null));

    [Fact]
    public void Literal_errors_point_at_the_literal()
    {
        var literal = Parser.ParseValue("  1.5");

        var error = Assert.Throws<GraphQLError>(() => SpecifiedScalars.Int.ParseLiteral(literal, null));

        Assert.Equal(new SourceLocation(1, 3), Assert.Single(error.Locations!));
    }

    [Fact]
    public void Guid_and_DateTimeOffset_serialize_as_their_canonical_text()
    {
        var id = Guid.Parse("0b7e7dee-87ac-4c31-b3e0-c7a6e06b1f9c");

        Assert.Equal("0b7e7dee-87ac-4c31-b3e0-c7a6e06b1f9c", SpecifiedScalars.ID.Serialize(id));
        Assert.Equal("0b7e7dee-87ac-4c31-b3e0-c7a6e06b1f9c", SpecifiedScalars.String.Serialize(id));
        Assert.Equal("2024-05-01T12:30:00.0000000+00:00", SpecifiedScalars.String.Serialize(new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Specified_scalars_are_listed_in_graphql_js_order()
    {
        Assert.Equal(["String", "Int", "Float", "Boolean", "ID"], SpecifiedScalars.All.Select(scalar => scalar.Name));
        Assert.All(SpecifiedScalars.All, scalar => Assert.True(SpecifiedScalars.IsSpecifiedScalarType(scalar)));
        Assert.False(SpecifiedScalars.IsSpecifiedScalarType(ExtendedScalars.DateTime));
    }

    private static GraphQLScalarType Scalar(string name) => SpecifiedScalars.ByName(name) ?? throw new ArgumentException(name);

    private static void AssertOutcome(Outcome expected, Func<object?> coerce)
    {
        if (expected.ErrorMessage is { } message)
        {
            var error = Assert.Throws<GraphQLError>(() => coerce());
            Assert.Equal(message, error.Message);
        }
        else
        {
            var actual = coerce();
            Assert.Equal(expected.Value, actual);
            Assert.Equal(expected.Value!.GetType(), actual!.GetType());
        }
    }
}
