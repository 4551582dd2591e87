using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Limits;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Limits;

public sealed class OperationLimitsAnalyzerTests
{
    private static readonly OperationLimits Unlimited = new() { MaxDepth = null, MaxCost = null, MaxAliases = null, MaxRootFields = null };

    private static readonly GraphQLSchema Schema = CreateSchema();

    [Fact]
    public void Depth_counts_nested_fields_and_the_error_points_at_the_first_field_too_deep()
    {
        var analysis = Analyze("{ customer(id: 1) { referrer { referrer { name } } } }", Unlimited with { MaxDepth = 3 });

        Assert.Equal(4, analysis.Depth);
        var error = Assert.Single(analysis.Errors);
        Assert.Equal("MAX_DEPTH_EXCEEDED", error.Extensions!["code"]);
        Assert.Equal("The operation has a depth of 4, more than the allowed 3.", error.Message);
        Assert.Equal((1, 43), (error.Locations![0].Line, error.Locations[0].Column));
    }

    [Fact]
    public void List_fields_multiply_their_subtree_by_the_page_size_argument()
    {
        // customers: 1 + 5 * (name 1 + complaints (1 + 3 * text 1)) = 26
        var analysis = Analyze("{ customers(first: 5) { name complaints(first: 3) { text } } }", Unlimited with { MaxCost = 25 });

        Assert.Equal(26, analysis.Cost);
        var error = Assert.Single(analysis.Errors);
        Assert.Equal("MAX_COST_EXCEEDED", error.Extensions!["code"]);
        Assert.Equal(26L, error.Extensions["actual"]);
        Assert.Equal((1, 1), (error.Locations![0].Line, error.Locations[0].Column));
    }

    [Theory]
    [InlineData("{ customers { name } }", 21)] // the argument's default in the schema: first = 20
    [InlineData("{ touchpoints { name } }", 11)] // no page-size argument: DefaultListSize 10
    [InlineData("{ customers(first: 2) { complaints(first: 1, last: 4) { text } } }", 11)] // the larger of first and last: 1 + 2 * (1 + 4)
    [InlineData("{ search(text: \"a\", pageSize: 3) { name } }", 4)] // the argument named by listSize metadata
    [InlineData("{ customer(id: 1) { referrer { name } } }", 7)] // referrer costs 5
    [InlineData("{ customers(first: 2) { name @skip(if: true) complaints(first: 2) @include(if: false) { text } } }", 1)]
    public void Cost_follows_arguments_defaults_and_metadata(string query, long expected)
    {
        Assert.Equal(expected, Analyze(query, Unlimited).Cost);
    }

    [Fact]
    public void Variables_give_the_page_size_and_their_defaults_apply_when_absent()
    {
        const string query = "query Page($n: Int = 4) { customers(first: $n) { name } }";

        Assert.Equal(5, Analyze(query, Unlimited).Cost);
        Assert.Equal(51, Analyze(query, Unlimited, new Dictionary<string, object?> { ["n"] = 50 }).Cost);
        Assert.Equal(8, Analyze(query, Unlimited, new Dictionary<string, object?> { ["n"] = JsonDocument.Parse("7").RootElement }).Cost);
    }

    [Fact]
    public void Fragments_are_expanded_like_the_fields_they_hold_and_cycles_are_cut()
    {
        var inline = Analyze("{ customers(first: 2) { name complaints(first: 2) { text } } }", Unlimited);
        var spread = Analyze("{ customers(first: 2) { ...C } } fragment C on Customer { name ... on Customer { complaints(first: 2) { text } } }", Unlimited);
        var cyclic = Analyze("{ customer(id: 1) { ...A } } fragment A on Customer { referrer { ...B } } fragment B on Customer { name ...A }", Unlimited);

        Assert.Equal((inline.Depth, inline.Cost), (spread.Depth, spread.Cost));
        Assert.Equal((3, 7L), (cyclic.Depth, cyclic.Cost));
    }

    [Fact]
    public void Aliases_beyond_the_limit_are_reported_at_the_first_extra_alias()
    {
        var analysis = Analyze("{ a: touchpoints { name } b: touchpoints { n: name } c: customers { name } }", Unlimited with { MaxAliases = 3 });

        Assert.Equal(4, analysis.Aliases);
        var error = Assert.Single(analysis.Errors);
        Assert.Equal("MAX_ALIASES_EXCEEDED", error.Extensions!["code"]);
        Assert.Equal(54, error.Locations![0].Column); // the alias "c"
    }

    [Fact]
    public void Root_fields_are_counted_through_fragments_without_typename()
    {
        var analysis = Analyze("query { __typename touchpoints { name } ...Roots } fragment Roots on Query { customers { name } customer(id: 1) { name } }", Unlimited with { MaxRootFields = 2 });

        Assert.Equal(3, analysis.RootFields);
        Assert.Equal("MAX_ROOT_FIELDS_EXCEEDED", Assert.Single(analysis.Errors).Extensions!["code"]);
    }

    [Fact]
    public void Introspection_costs_one_per_meta_field_whatever_it_selects()
    {
        var analysis = Analyze("{ __typename __schema { types { name fields { name args { name type { ofType { ofType { name } } } } } } } }", new OperationLimits());

        Assert.True(analysis.IsWithinLimits);
        Assert.Equal((1, 1L), (analysis.Depth, analysis.Cost));
    }

    [Fact]
    public void Hostile_deep_and_exponentially_wide_operations_are_measured_quickly_and_refused()
    {
        var deep = new StringBuilder("{ customer(id: 1) ");
        for (var i = 0; i < 200; i++)
        {
            deep.Append("{ referrer ");
        }

        deep.Append("{ name }").Append('}', 201);
        var bomb = new StringBuilder("{ customers(first: 100) { ...F0 } }");
        for (var i = 0; i < 40; i++)
        {
            bomb.Append(" fragment F").Append(i).Append(" on Customer { referrer { ...F").Append(i + 1).Append(" } r2: referrer { ...F").Append(i + 1).Append(" } }");
        }

        bomb.Append(" fragment F40 on Customer { complaints(first: 1000000) { text } }");
        var stopwatch = Stopwatch.StartNew();

        var deepAnalysis = Analyze(deep.ToString(), new OperationLimits());
        var bombAnalysis = Analyze(bomb.ToString(), new OperationLimits());

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
        Assert.Equal(202, deepAnalysis.Depth);
        Assert.Contains(deepAnalysis.Errors, e => (string?)e.Extensions!["code"] == "MAX_DEPTH_EXCEEDED");
        Assert.Equal(long.MaxValue, bombAnalysis.Cost);
        Assert.Equal(["MAX_DEPTH_EXCEEDED", "MAX_COST_EXCEEDED", "MAX_ALIASES_EXCEEDED"], bombAnalysis.Errors.Select(e => (string?)e.Extensions!["code"]));
    }

    [Fact]
    public void Code_first_cost_attributes_and_fluent_cost_feed_the_analysis()
    {
        var schema = new SchemaBuilder().AddQueryType<CostedQueryType>().Create();

        var analysis = OperationLimitsAnalyzer.Analyze(schema, Parser.Parse("{ report audit(pageSize: 4) }"), null, null, Unlimited);

        Assert.Equal(50 + 7, analysis.Cost);
    }

    [Fact]
    public void An_unknown_operation_name_is_an_error_not_a_pass()
    {
        var analysis = OperationLimitsAnalyzer.Analyze(Schema, Parser.Parse("query A { touchpoints { name } }"), "B", null, new OperationLimits());

        Assert.Equal("Unknown operation named \"B\".", Assert.Single(analysis.Errors).Message);
    }

    private static OperationAnalysis Analyze(string query, OperationLimits limits, IReadOnlyDictionary<string, object?>? variables = null) =>
        OperationLimitsAnalyzer.Analyze(Schema, Parser.Parse(query), null, variables, limits);

    private static GraphQLSchema CreateSchema()
    {
        var schema = BuildAstSchema.BuildSchema("""
            type Query {
              customers(first: Int = 20): [Customer!]!
              customer(id: ID!): Customer
              touchpoints: [Touchpoint!]!
              search(text: String!, pageSize: Int): [Customer!]!
            }

            type Customer {
              name: String!
              referrer: Customer
              complaints(first: Int, last: Int): [Complaint!]!
            }

            type Complaint { text: String! }

            type Touchpoint { name: String! }
            """);
        ((GraphQLObjectType)schema.GetType("Query")!).Fields["search"].Metadata[CostMetadata.ListSizeKey] = "pageSize";
        ((GraphQLObjectType)schema.GetType("Customer")!).Fields["referrer"].Metadata[CostMetadata.CostKey] = 5;
        return schema;
    }

    public sealed class CostedQuery
    {
        [Cost(50)]
        public string Report => "r";

        public IReadOnlyList<string> Audit(int pageSize) => [.. Enumerable.Repeat("x", pageSize)];
    }

    public sealed class CostedQueryType : ObjectType<CostedQuery>
    {
        // audit: 3 + pageSize * 0 (a list of scalars has no subtree), so its own cost is what counts.
        protected override void Configure(IObjectTypeDescriptor<CostedQuery> descriptor) => descriptor.Field(x => x.Audit(default)).Cost(7).ListSize("pageSize");
    }
}
