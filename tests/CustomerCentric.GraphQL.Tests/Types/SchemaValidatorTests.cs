using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Types;

/// <summary>
/// Each rule of spec section 3 failing and passing. Expected messages and locations ("line:column") are what graphql-js 16.15
/// validateSchema reports for the same SDL built without SDL validation.
/// </summary>
public sealed class SchemaValidatorTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        {
            "noQuery",
            "type A { a: Int }",
            ["Query root type must be provided. @ "]
        },
        {
            "reservedNames",
            "type Query { __a(__b: Int): Int } enum __E { __V } input __I { __f: Int } directive @__d(__x: Int) on FIELD",
            ["Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:75", "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:90", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:14", "Name \"__b\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:18", "Name \"__E\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:35", "Name \"__V\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:46", "Name \"__I\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:52", "Name \"__f\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:64"]
        },
        {
            "noFields",
            "type Query interface I type T implements I",
            ["Type Query must define one or more fields. @ 1:1", "Type I must define one or more fields. @ 1:12", "Type T must define one or more fields. @ 1:24"]
        },
        {
            "wrongFieldTypes",
            "type Query { a: In, b(x: Query): Int } input In { f: Query }",
            ["The type of Query.a must be Output Type but got: In. @ 1:17", "The type of Query.b(x:) must be Input Type but got: Query. @ 1:26", "The type of In.f must be Input Type but got: Query. @ 1:54"]
        },
        {
            "interfaceFieldMissing",
            "type Query { a: I } interface I { x: Int, y: String } type T implements I { x: Int }",
            ["Interface field I.y expected but T does not provide it. @ 1:43 1:55"]
        },
        {
            "interfaceFieldTypes",
            "type Query { a: I } interface I { n: I, m: [I!]!, s: String, t: Int! } type T implements I { n: T, m: [T!]!, s: Int, t: Int }",
            ["Interface field I.s expects type String but T.s is type Int. @ 1:54 1:113", "Interface field I.t expects type Int! but T.t is type Int. @ 1:65 1:121"]
        },
        {
            "interfaceArgs",
            "type Query { a: I } interface I { f(a: Int, b: String!): Int } type T implements I { f(b: String, c: Int!, d: Int = 1, e: Int): Int }",
            ["Interface field argument I.f(a:) expected but T.f does not provide it. @ 1:37 1:86", "Interface field argument I.f(b:) expects type String! but T.f(b:) is type String. @ 1:48 1:91", "Object field T.f includes required argument c that is missing from the Interface field I.f. @ 1:99 1:35"]
        },
        {
            "interfaceMissingArg",
            "type Query { a: I } interface I { f(a: Int): Int } type T implements I { f: Int }",
            ["Interface field argument I.f(a:) expected but T.f does not provide it. @ 1:37 1:74"]
        },
        {
            "transitive",
            "type Query { a: C } interface A { a: Int } interface B implements A { a: Int } type C implements B { a: Int }",
            ["Type C must implement A because it is implemented by B. @ 1:67 1:98"]
        },
        {
            "circular",
            "type Query { a: A } interface A implements B { a: Int } interface B implements A { a: Int }",
            ["Type A cannot implement B because it would create a circular reference. @ 1:80 1:44", "Type B cannot implement A because it would create a circular reference. @ 1:44 1:80"]
        },
        {
            "selfImplement",
            "type Query { a: A } interface A implements A { a: Int }",
            ["Type A cannot implement itself because it would create a circular reference. @ 1:44"]
        },
        {
            "twice",
            "type Query { a: T } interface A { a: Int } type T implements A & A { a: Int }",
            ["Type T can only implement A once. @ 1:62 1:66"]
        },
        {
            "unions",
            "type Query { a: U, b: V } union U union V = Query | Query",
            ["Union type U must define one or more member types. @ 1:27", "Union type V can only include type Query once. @ 1:45 1:53"]
        },
        {
            "emptyEnum",
            "type Query { a: E } enum E",
            ["Enum type E must define one or more values. @ 1:21"]
        },
        {
            "inputs",
            "type Query { a(x: In, y: Int! @deprecated): Int } input In { a: Int! @deprecated(reason: \"old\"), b: Int! = 1 @deprecated } input Empty",
            ["Required argument Query.a(y:) cannot be deprecated. @ 1:31 1:26", "Required input field In.a cannot be deprecated. @ 1:70 1:65", "Input Object type Empty must define one or more fields. @ 1:124"]
        },
        {
            "oneOf",
            "type Query { a(x: O): Int } input O @oneOf { a: Int!, b: Int = 1, c: String }",
            ["OneOf input field O.a must be nullable. @ 1:49", "OneOf input field O.b cannot have a default value. @ 1:55"]
        },
        {
            "cycles",
            "type Query { a(x: A): Int } input A { b: B!, self: A, list: [A!]! } input B { c: C! } input C { a: A!, b: B! }",
            ["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.c.a\". @ 1:39 1:79 1:97", "Cannot reference Input Object \"B\" within itself through a series of non-null fields: \"c.b\". @ 1:79 1:104"]
        },
        {
            "directiveArgs",
            "type Query { a: Int } directive @d(a: Int! @deprecated, b: Query) on FIELD",
            ["Required argument @d(a:) cannot be deprecated. @ 1:44 1:39", "The type of @d(b:) must be Input Type but got: Query. @ 1:57"]
        },
        {
            "valid",
            "type Query { node: Node, c: Customer } interface Node { id: ID! } interface Party implements Node { id: ID! party(first: Int): [Party!] } type Customer implements Party & Node { id: ID! party(first: Int, after: String): [Customer!]! } input O @oneOf { a: Int, b: String } enum E { A } union U = Customer",
            []
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_type_system_errors_like_graphql_js(string rule, string sdl, string[] expected)
    {
        var schema = BuildAstSchema.BuildSchema(sdl, new BuildSchemaOptions { AssumeValid = true });

        var errors = SchemaValidator.Validate(schema).Select(Describe).ToArray();

        Assert.True(expected.SequenceEqual(errors), $"{rule}:\n expected: {string.Join("\n  ", expected)}\n actual:   {string.Join("\n  ", errors)}");
    }

    [Fact]
    public void Code_first_schemas_are_checked_too()
    {
        var query = new GraphQLObjectType("Query", () => []);
        var noLocations = new GraphQLDirective("nowhere", []);
        var schema = new GraphQLSchema(new GraphQLSchemaConfig { Query = query, Directives = [.. SpecifiedDirectives.All, noLocations] });

        Assert.Equal(
            ["Directive @nowhere must include 1 or more locations.", "Type Query must define one or more fields."],
            schema.Validate().Select(error => error.Message));
        var exception = Assert.Throws<GraphQLSchemaValidationException>(() => schema.AssertValid());
        Assert.Equal(2, exception.Errors.Count);
    }

    [Fact]
    public void Types_with_the_same_name_are_refused_at_construction()
    {
        var first = new GraphQLObjectType("Customer", () => [new GraphQLField("id", SpecifiedScalars.ID)]);
        var second = new GraphQLObjectType("Customer", () => [new GraphQLField("id", SpecifiedScalars.ID)]);
        var query = new GraphQLObjectType("Query", () => [new GraphQLField("a", first), new GraphQLField("b", second)]);

        var exception = Assert.Throws<GraphQLSchemaValidationException>(() => new GraphQLSchema(new GraphQLSchemaConfig { Query = query }));

        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Customer\".", exception.Errors.Single().Message);
    }

    [Theory]
    [InlineData("", "Expected name to be a non-empty string.")]
    [InlineData("1a", "Names must start with [_a-zA-Z] but \"1a\" does not.")]
    [InlineData("a-b", "Names must only contain [_a-zA-Z0-9] but \"a-b\" does not.")]
    public void Invalid_names_are_refused_at_construction(string name, string message)
    {
        var exception = Assert.Throws<ArgumentException>(() => new GraphQLField(name, SpecifiedScalars.Int));

        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_values_may_not_be_named_true_false_or_null() =>
        Assert.StartsWith("Enum values cannot be named: null", Assert.Throws<ArgumentException>(() => new GraphQLEnumValue("null")).Message, StringComparison.Ordinal);

    private static string Describe(GraphQLError error) =>
        error.Message + " @ " + string.Join(' ', (error.Locations ?? []).Select(location => $"{location.Line}:{location.Column}"));
}
