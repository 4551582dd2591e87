using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;
using static CustomerCentric.GraphQL.Tests.CodeFirst.ShopModel;

namespace CustomerCentric.GraphQL.Tests.CodeFirst;

public sealed class SchemaBuilderTests
{
    private static GraphQLSchema ShopSchema() => new SchemaBuilder()
        .AddQueryType<Query>()
        .AddMutationType<Mutation>()
        .AddSubscriptionType<Subscription>()
        .AddType<CustomerType>()
        .Create();

    [Fact]
    public void Prints_the_shop_model_as_the_expected_SDL()
    {
        var printed = SchemaPrinter.PrintSchema(ShopSchema());

        Assert.Equal(Read("shop.graphql"), printed);
    }

    [Fact]
    public void Printed_SDL_builds_back_into_the_same_schema()
    {
        var printed = Read("shop.graphql");

        Assert.Equal(printed, SchemaPrinter.PrintSchema(BuildAstSchema.BuildSchema(printed)));
    }

    [Fact]
    public async Task Property_fields_compile_to_the_synchronous_source_resolver()
    {
        var schema = ShopSchema();
        var customer = NewCustomer("Ada Lovelace", Segment.KeyAccount);
        var name = (GraphQLObjectType)schema.GetType("Customer")!;

        Assert.Null(name.Fields["name"].Resolve);
        Assert.Equal("Ada Lovelace", name.Fields["name"].ResolveSource!(customer));
        Assert.Equal(Segment.KeyAccount, name.Fields["segment"].ResolveSource!(customer));
        Assert.Equal("A.L", await new FakeResolveFieldContext(schema, "Customer", "initials") { Source = customer, Arguments = Args(("separator", ".")) }.ResolveAsync());
    }

    [Fact]
    public async Task Methods_read_arguments_defaults_services_and_cancellation_from_the_context()
    {
        var schema = ShopSchema();
        var store = StoreWithTwoCustomers(out var ada, out _);
        var byEmail = new FakeResolveFieldContext(schema, "Query", "customer") { Arguments = Args(("by", Fields(("email", "ada@example.com")))) }.With(store);
        var complaints = new FakeResolveFieldContext(schema, "Customer", "complaints") { Source = ada, Arguments = Args(("first", 1)) };

        Assert.Same(ada, await byEmail.ResolveAsync());
        Assert.Equal(1, store.Calls);
        var firstOnly = Assert.IsAssignableFrom<IReadOnlyList<Complaint>>(await complaints.ResolveAsync());
        Assert.Equal("Late", Assert.Single(firstOnly).Text);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var cancelledCall = new FakeResolveFieldContext(schema, "Query", "customer") { Arguments = Args(("by", Fields(("email", "x")))), CancellationToken = cancelled.Token }.With(store);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await cancelledCall.ResolveAsync());
    }

    [Fact]
    public async Task Input_objects_lists_and_enums_convert_to_the_CLR_parameter_types()
    {
        var schema = ShopSchema();
        var store = StoreWithTwoCustomers(out _, out var bob);
        var filter = Fields(("segments", new List<object?> { Segment.Business }), ("first", 20), ("since", DateTimeOffset.UnixEpoch));
        var customers = new FakeResolveFieldContext(schema, "Query", "customers") { Arguments = Args(("filter", filter)) }.With(store);
        var count = new FakeResolveFieldContext(schema, "Query", "count") { Arguments = Args(("segments", new List<object?> { Segment.Private, Segment.Business })) }.With(store);

        Assert.Equal([bob], Assert.IsAssignableFrom<IEnumerable<Customer>>(await customers.ResolveAsync()));
        Assert.Equal(2, await count.ResolveAsync());
    }

    [Fact]
    public async Task Mutations_await_value_tasks_and_build_records_with_constructor_defaults()
    {
        var schema = ShopSchema();
        var store = StoreWithTwoCustomers(out var ada, out _);
        var input = Fields(("customerId", ada.Id), ("text", "Broken"), ("severity", Severity.Medium), ("tags", new List<object?> { "billing" }));
        var submit = new FakeResolveFieldContext(schema, "Mutation", "submitComplaint") { Arguments = Args(("input", input)) }.With(store);

        var complaint = Assert.IsType<Complaint>(await submit.ResolveAsync());

        Assert.Equal(("Broken", Severity.Medium), (complaint.Text, complaint.Severity));
        Assert.Equal(["billing"], complaint.Tags!);
        Assert.Contains(complaint, ada.ComplaintList);
    }

    [Fact]
    public async Task Subscription_fields_create_event_streams_and_map_each_event_to_itself()
    {
        var schema = ShopSchema();
        var context = new FakeResolveFieldContext(schema, "Subscription", "onComplaintSubmitted") { Arguments = Args(("atLeast", Severity.High)) };

        var stream = await context.FieldDefinition.Subscribe!(context);
        var events = new List<object?>();
        await foreach (var item in stream.WithCancellation(TestContext.Current.CancellationToken))
        {
            events.Add(item);
        }

        Assert.Equal([Severity.High, Severity.Critical], events.Cast<Complaint>().Select(c => c.Severity));
        Assert.Same(events[0], await new FakeResolveFieldContext(schema, "Subscription", "onComplaintSubmitted") { Source = events[0] }.ResolveAsync());
    }

    [Fact]
    public async Task Interfaces_and_unions_resolve_the_object_type_of_a_value()
    {
        var schema = ShopSchema();
        var store = StoreWithTwoCustomers(out var ada, out _);
        var node = (GraphQLInterfaceType)schema.GetType("Node")!;
        var union = (GraphQLUnionType)schema.GetType("SearchResult")!;
        var context = new FakeResolveFieldContext(schema, "Query", "search").With(store);

        Assert.Equal("Customer", await node.ResolveType!(ada, context, node));
        Assert.Equal("Complaint", await union.ResolveType!(ada.ComplaintList[0], context, union));
        Assert.Equal(["Customer", "Complaint"], schema.GetPossibleTypes(node).Select(t => t.Name));
    }

    [Fact]
    public async Task Root_types_come_from_request_services_when_registered()
    {
        var schema = new SchemaBuilder().AddQueryType<CountingQuery>().Create();
        var registered = new CountingQuery();
        var first = new FakeResolveFieldContext(schema, "Query", "next");

        Assert.Equal(1, await first.ResolveAsync());
        Assert.Equal(2, await new FakeResolveFieldContext(schema, "Query", "next").ResolveAsync());
        Assert.Equal(1, await new FakeResolveFieldContext(schema, "Query", "next").With(registered).ResolveAsync());
    }

    [Fact]
    public void Fluent_metadata_and_field_metadata_attributes_reach_the_field()
    {
        var customer = (GraphQLObjectType)ShopSchema().GetType("Customer")!;

        Assert.Equal(3, customer.Fields["initials"].Metadata["cost"]);
        Assert.Equal("first", customer.Fields["complaints"].Metadata["listSize"]);
        Assert.Equal(typeof(Customer), customer.Metadata[SchemaBuilder.ClrTypeMetadataKey]);
    }

    [Fact]
    public void BindScalar_replaces_a_default_mapping()
    {
        var schema = new SchemaBuilder().AddQueryType<Query>().AddType<CustomerType>().BindScalar<Guid>(SpecifiedScalars.ID).Create();

        Assert.Equal("ID!", ((GraphQLObjectType)schema.GetType("Customer")!).Fields["id"].Type.ToString());
        Assert.Null(schema.GetType("UUID"));
    }

    [Theory]
    [InlineData(typeof(LongQuery), "LongQuery.Total", "Int64")]
    [InlineData(typeof(VoidQuery), "VoidQuery.Touch", "returns no value")]
    [InlineData(typeof(DictionaryQuery), "DictionaryQuery.Labels", "dictionaries")]
    [InlineData(typeof(StreamQuery), "StreamQuery.Ticks", "subscription type only")]
    [InlineData(typeof(InterfaceInputQuery), "InterfaceInputQuery.Find", "cannot be a GraphQL input type")]
    [InlineData(typeof(DuplicateNameQuery), "\"Customer\"", "rename one")]
    [InlineData(typeof(ComputedWithoutTypeQueryType), "Query.extra", "needs both Type(...) and Resolve(...)")]
    public void Unsupported_shapes_fail_with_the_member_named(Type queryType, string member, string reason)
    {
        var error = Assert.Throws<CodeFirstSchemaException>(() => new SchemaBuilder().AddQueryType(queryType).Create());

        Assert.Contains(member, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static Customer NewCustomer(string name, Segment segment, string? email = null) =>
        new(Guid.NewGuid(), name, email, segment, DateTimeOffset.UnixEpoch.AddDays(1));

    private static CustomerStore StoreWithTwoCustomers(out Customer ada, out Customer bob)
    {
        ada = NewCustomer("Ada Lovelace", Segment.Private, "ada@example.com");
        bob = NewCustomer("Bob Builder", Segment.Business);
        ada.ComplaintList.Add(new Complaint { Id = Guid.NewGuid(), Text = "Late", Severity = Severity.High });
        ada.ComplaintList.Add(new Complaint { Id = Guid.NewGuid(), Text = "Rude", Severity = Severity.Low });
        var store = new CustomerStore();
        store.Customers.AddRange([ada, bob]);
        return store;
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments) => arguments.ToDictionary(a => a.Name, a => a.Value);

    private static Dictionary<string, object?> Fields(params (string Name, object? Value)[] fields) => Args(fields);

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "CodeFirst", "Schemas", file));
}
