using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Utilities;

/// <summary>The *.printed.graphql files hold what graphql-js 16.15 printSchema(buildSchema(sdl)) printed for each *.graphql file.</summary>
public sealed class SchemaPrinterTests
{
    [Theory]
    [InlineData("customer-centric")]
    [InlineData("custom-roots")]
    public void Prints_a_built_schema_exactly_like_graphql_js(string name)
    {
        var schema = BuildAstSchema.BuildSchema(Read(name + ".graphql"));

        Assert.Equal(Read(name + ".printed.graphql"), SchemaPrinter.PrintSchema(schema));
    }

    [Theory]
    [InlineData("customer-centric")]
    [InlineData("custom-roots")]
    public void Printed_SDL_builds_the_same_schema_again(string name)
    {
        var printed = Read(name + ".printed.graphql");

        Assert.Equal(printed, SchemaPrinter.PrintSchema(BuildAstSchema.BuildSchema(printed)));
    }

    [Fact]
    public void Prints_a_code_first_schema()
    {
        var segment = GraphQLEnumType.FromEnum<Segment>(description: "Customer segment");
        var node = new GraphQLInterfaceType("Node", () => [new GraphQLField("id", new GraphQLNonNull(SpecifiedScalars.ID))]);
        var filter = new GraphQLInputObjectType("CustomerFilter", () =>
        [
            new GraphQLInputField("segments", new GraphQLList(new GraphQLNonNull(segment))) { DefaultValue = new List<object?> { Segment.KeyAccount } },
            new GraphQLInputField("since", ExtendedScalars.DateTime) { Description = "Created at or after" },
        ]);
        GraphQLObjectType customer = null!;
        customer = new GraphQLObjectType(
            "Customer",
            () =>
            [
                new GraphQLField("id", new GraphQLNonNull(SpecifiedScalars.ID)),
                new GraphQLField("referrer", customer) { DeprecationReason = SpecifiedDirectives.DefaultDeprecationReason },
                new GraphQLField("segment", segment),
            ],
            () => [node]);
        var query = new GraphQLObjectType("Query", () =>
        [
            new GraphQLField("customers", new GraphQLList(customer))
            {
                Arguments = [new GraphQLArgument("filter", filter), new GraphQLArgument("first", SpecifiedScalars.Int) { DefaultValue = 20 }],
            },
        ]);

        var printed = SchemaPrinter.PrintSchema(new GraphQLSchema(new GraphQLSchemaConfig { Query = query }).AssertValid());

        // code-first.printed.graphql is graphql-js 16.15's printSchema of the same schema written with graphql-js's constructors.
        Assert.Equal(Read("code-first.printed.graphql"), printed);
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Utilities", "Schemas", file));

    public enum Segment
    {
        Private,
        Business,
        KeyAccount,
    }
}
