using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Utilities;

public sealed class BuildAstSchemaTests
{
    private const string Sdl = """
        interface Node { id: ID! }
        type Customer implements Node { id: ID! name: String }
        type Complaint implements Node { id: ID! }
        union Owned = Customer | Complaint
        type Query { customer(id: ID!): Customer, node(id: ID!): Node, owned: [Owned] }
        type Mutation { rename(id: ID!, name: String!): Customer }
        scalar DateTime
        extend type Customer { since: DateTime }
        """;

    [Fact]
    public void Roots_default_to_the_conventional_names_and_extensions_are_merged()
    {
        var schema = BuildAstSchema.BuildSchema(Sdl);

        Assert.Equal("Query", schema.Query?.Name);
        Assert.Equal("Mutation", schema.Mutation?.Name);
        Assert.Null(schema.Subscription);
        var customer = Assert.IsType<GraphQLObjectType>(schema.GetType("Customer"));
        Assert.Equal(["id", "name", "since"], customer.Fields.Keys);
        Assert.Single(customer.ExtensionAstNodes);
        Assert.Equal(["Customer", "Complaint"], schema.GetPossibleTypes((GraphQLInterfaceType)schema.GetType("Node")!).Select(type => type.Name));
        Assert.True(schema.IsSubType((GraphQLUnionType)schema.GetType("Owned")!, customer));
        Assert.False(schema.IsSubType((GraphQLInterfaceType)schema.GetType("Node")!, schema.GetType("Query")!));
    }

    [Fact]
    public void Known_custom_scalars_get_their_behaviour()
    {
        var schema = BuildAstSchema.BuildSchema(Sdl);
        var dateTime = Assert.IsAssignableFrom<GraphQLScalarType>(schema.GetType("DateTime"));

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), dateTime.ParseValue("2024-05-01T12:00:00Z"));
        Assert.Throws<GraphQLError>(() => dateTime.ParseValue("yesterday"));
    }

    [Fact]
    public void Resolvers_are_bound_by_name()
    {
        FieldResolver customer = _ => ValueTask.FromResult<object?>("c");
        TypeResolver node = (_, _, _) => ValueTask.FromResult<string?>("Customer");
        var schema = BuildAstSchema.BuildSchema(Sdl, new BuildSchemaOptions
        {
            Resolvers = new SchemaResolvers()
                .Field("Query", "customer", customer)
                .Field("Customer", "name", source => ((string)source!).ToUpperInvariant())
                .Type("Node", node),
        });

        Assert.Same(customer, schema.Query!.GetField("customer")!.Resolve);
        Assert.Equal("ANN", ((GraphQLObjectType)schema.GetType("Customer")!).GetField("name")!.ResolveSource!("ann"));
        Assert.Same(node, ((GraphQLInterfaceType)schema.GetType("Node")!).ResolveType);
    }

    [Theory]
    [InlineData("Query", "nope", "Cannot bind a resolver to \"Query.nope\": type \"Query\" has no field \"nope\".")]
    [InlineData("Owned", "x", "Cannot bind a resolver to \"Owned.x\": \"Owned\" is not an object or interface type of the schema.")]
    public void Binding_an_unknown_field_fails(string type, string field, string message)
    {
        var resolvers = new SchemaResolvers().Field(type, field, _ => ValueTask.FromResult<object?>(null));

        Assert.Equal(message, Assert.Throws<InvalidOperationException>(() => BuildAstSchema.BuildSchema(Sdl, new BuildSchemaOptions { Resolvers = resolvers })).Message);
    }

    [Theory]
    [InlineData("type Query { a: Missing }", "Unknown type \"Missing\".")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int } extend type Other { b: Int }", "Cannot extend type \"Other\" because it is not defined.")]
    [InlineData("type Query { a: Int } enum E { A } extend type E { b: Int }", "Cannot extend non-object type \"E\".")]
    [InlineData("type Query { a(x: Int = \"no\"): Int }", "Argument \"Query.a(x:)\" has invalid default value: \"no\".")]
    [InlineData("type Query { a: Int } input I { x: Int! = null }", "Input field \"I.x\" has invalid default value: null.")]
    [InlineData("type Query { a: U } union U = Query | I input I { x: Int }", "Union type U can only include Object types, it cannot include I.")]
    [InlineData("type Query implements Query { a: Int }", "Type Query must only implement Interface types, it cannot implement Query.")]
    public void Invalid_SDL_fails_with_a_clear_error(string sdl, string message)
    {
        var exception = Record.Exception(() => BuildAstSchema.BuildSchema(sdl));

        var text = exception is GraphQLSchemaValidationException validation ? validation.Errors.Single().Message : exception?.Message;
        Assert.Equal(message, text);
    }

    [Fact]
    public void An_invalid_schema_throws_every_validation_error_at_start_up()
    {
        var exception = Assert.Throws<GraphQLSchemaValidationException>(() => BuildAstSchema.BuildSchema("""
            type Query { a: I }
            interface I { x: Int }
            type T implements I { y: Int }
            enum E
            """));

        Assert.Equal(
        [
            "Interface field I.x expected but T does not provide it.",
            "Enum type E must define one or more values.",
        ],
            exception.Errors.Select(error => error.Message));
        Assert.Contains("- Interface field I.x expected but T does not provide it.", exception.Message);
    }

    [Fact]
    public void AssumeValid_skips_validation()
    {
        var schema = BuildAstSchema.BuildSchema("type Query { a: Int } input Empty", new BuildSchemaOptions { AssumeValid = true });

        Assert.Empty(schema.Validate());
    }
}
