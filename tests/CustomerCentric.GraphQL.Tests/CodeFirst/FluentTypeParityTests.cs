using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.CodeFirst;

/// <summary>
/// The fluent InterfaceType, InputObjectType, EnumType and UnionType: a schema whose names, descriptions, deprecations, defaults and
/// @oneOf are all set fluently prints the same SDL as the schema written by hand, and renamed input fields and enum values still
/// reach the C# properties and members.
/// </summary>
public sealed class FluentTypeParityTests
{
    private const string Sdl = """"
        type Query {
          customers(filter: CustomerFilter!): [Customer!]!
          node(by: Lookup!): Node
          search(text: String!): [SearchResult!]!
        }

        """An object with an id."""
        interface Node {
          """Unique among all nodes."""
          id: String!
        }

        enum CustomerSegment {
          PRIVATE
          BUSINESS @deprecated(reason: "Use KEY.")

          """A key account."""
          KEY
        }

        """What a search finds."""
        union SearchResult = Touchpoint | Customer

        type Touchpoint implements Node {
          id: String!
          title: String!
        }

        """Which customers to list."""
        input CustomerFilter {
          """Part of the name."""
          text: String
          segment: CustomerSegment
          limit: Int! = 2
        }

        input Lookup @oneOf {
          id: String
          name: String
        }

        type Customer implements Node {
          id: String!
          name: String!
          segment: CustomerSegment!
        }
        """";

    private static readonly Customer[] Customers =
    [
        new("c1", "Ann Archer", Segment.Private),
        new("c2", "Anton Berg", Segment.KeyAccount),
        new("c3", "Bea Anders", Segment.KeyAccount),
        new("c4", "Carl Dunn", Segment.Business),
    ];

    public enum Segment
    {
        Private,
        Business,
        KeyAccount,
    }

    public interface INode
    {
        string Id { get; }
    }

    public interface ISearchResult;

    [Fact]
    public void Fluent_types_print_the_same_SDL_as_the_schema_written_by_hand()
    {
        var codeFirst = CodeFirstSchema();
        var schemaFirst = BuildAstSchema.BuildSchema(Sdl);

        Assert.Equal(Sdl, SchemaPrinter.PrintSchema(codeFirst));
        Assert.Equal(SchemaPrinter.PrintSchema(schemaFirst), SchemaPrinter.PrintSchema(codeFirst));
    }

    [Fact]
    public async Task Renamed_input_fields_and_enum_values_reach_the_CSharp_members()
    {
        var executor = new GraphQLExecutor(CodeFirstSchema());
        var token = TestContext.Current.CancellationToken;

        var filtered = await executor.ExecuteAsync(new GraphQLRequest { Query = """{ customers(filter: { text: "An", segment: KEY }) { id segment } }""" }, token);
        var limited = await executor.ExecuteAsync(new GraphQLRequest { Query = """{ customers(filter: { text: "A" }) { id } }""" }, token);
        var lookedUp = await executor.ExecuteAsync(new GraphQLRequest { Query = """{ node(by: { name: "Carl Dunn" }) { id ... on Customer { segment } } }""" }, token);
        var twoKeys = await executor.ExecuteAsync(new GraphQLRequest { Query = """{ node(by: { id: "c1", name: "Ann Archer" }) { id } }""" }, token);
        var found = await executor.ExecuteAsync(new GraphQLRequest { Query = """{ search(text: "Hot") { __typename ... on Touchpoint { title } } }""" }, token);

        Assert.Equal("""{"data":{"customers":[{"id":"c2","segment":"KEY"},{"id":"c3","segment":"KEY"}]}}""", filtered.ToJson());
        Assert.Equal("""{"data":{"customers":[{"id":"c1"},{"id":"c2"}]}}""", limited.ToJson());
        Assert.Equal("""{"data":{"node":{"id":"c4","segment":"BUSINESS"}}}""", lookedUp.ToJson());
        Assert.Equal("OneOf Input Object \"Lookup\" must specify exactly one key.", Assert.Single(twoKeys.Errors!).Message);
        Assert.Equal("""{"data":{"search":[{"__typename":"Touchpoint","title":"Hotline"}]}}""", found.ToJson());
    }

    [Fact]
    public void InterfaceType_of_a_class_is_refused_with_a_clear_error()
    {
        var error = Assert.Throws<CodeFirstSchemaException>(() => new SchemaBuilder().AddQueryType<FluentQuery>().AddType<NotAnInterfaceType>().Create());

        Assert.Equal("NotAnInterfaceType: InterfaceType<T> needs a C# interface, and Customer is not one.", error.Message);
    }

    private static GraphQLSchema CodeFirstSchema() => new SchemaBuilder()
        .AddQueryType<FluentQuery>()
        .AddType<NodeType>()
        .AddType<SegmentType>()
        .AddType<CustomerFilterType>()
        .AddType<LookupType>()
        .AddType<SearchResultType>()
        .AddType<Touchpoint>()
        .Create();

    public sealed record Customer(string Id, string Name, Segment Segment) : INode, ISearchResult;

    public sealed record Touchpoint(string Id, string Title) : INode, ISearchResult;

    public sealed class CustomerFilter
    {
        public string? NameContains { get; init; }

        public Segment? Segment { get; init; }

        public int Limit { get; init; }

        public string? Internal { get; init; }
    }

    public sealed record CustomerLookup(string? Id, string? Name);

    public sealed class FluentQuery
    {
        public IEnumerable<Customer> Customers(CustomerFilter filter) => FluentTypeParityTests.Customers
            .Where(c => filter.NameContains is null || c.Name.Contains(filter.NameContains, StringComparison.Ordinal))
            .Where(c => filter.Segment is null || c.Segment == filter.Segment)
            .Take(filter.Limit);

        public INode? Node(CustomerLookup by) => FluentTypeParityTests.Customers.FirstOrDefault(c => c.Id == by.Id || c.Name == by.Name);

        public IEnumerable<ISearchResult> Search(string text) =>
            [.. FluentTypeParityTests.Customers.Where(c => c.Name.Contains(text, StringComparison.Ordinal)), .. new[] { new Touchpoint("t1", "Hotline") }.Where(t => t.Title.Contains(text, StringComparison.Ordinal))];
    }

    public sealed class NodeType : InterfaceType<INode>
    {
        protected override void Configure(IInterfaceTypeDescriptor<INode> descriptor)
        {
            descriptor.Name("Node").Description("An object with an id.");
            descriptor.Field(x => x.Id).Description("Unique among all nodes.");
        }
    }

    public sealed class SegmentType : EnumType<Segment>
    {
        protected override void Configure(IEnumTypeDescriptor<Segment> descriptor)
        {
            descriptor.Name("CustomerSegment");
            descriptor.Value(Segment.KeyAccount).Name("KEY").Description("A key account.");
            descriptor.Value(Segment.Business).Deprecated("Use KEY.");
        }
    }

    public sealed class CustomerFilterType : InputObjectType<CustomerFilter>
    {
        protected override void Configure(IInputObjectTypeDescriptor<CustomerFilter> descriptor)
        {
            descriptor.Name("CustomerFilter").Description("Which customers to list.").Ignore(x => x.Internal);
            descriptor.Field(x => x.NameContains).Name("text").Description("Part of the name.");
            descriptor.Field(x => x.Limit).Type("Int!").DefaultValue(2);
        }
    }

    public sealed class LookupType : InputObjectType<CustomerLookup>
    {
        protected override void Configure(IInputObjectTypeDescriptor<CustomerLookup> descriptor) => descriptor.Name("Lookup").OneOf();
    }

    public sealed class SearchResultType : UnionType<ISearchResult>
    {
        protected override void Configure(IUnionTypeDescriptor<ISearchResult> descriptor) =>
            descriptor.Name("SearchResult").Description("What a search finds.");
    }

    public sealed class NotAnInterfaceType : InterfaceType<Customer>
    {
        protected override void Configure(IInterfaceTypeDescriptor<Customer> descriptor)
        {
        }
    }
}
