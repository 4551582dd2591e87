using System.Runtime.CompilerServices;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Tests.CodeFirst;

/// <summary>A small shop in C#, shaped like what the API will expose, covering every convention the builder has.</summary>
public static class ShopModel
{
    public enum Segment
    {
        Private,
        Business,
        KeyAccount,
    }

    [GraphQLDescription("How bad it is")]
    public enum Severity
    {
        Low,
        Medium,
        High,
        [GraphQLDescription("Drop everything")]
        Critical,
        [Obsolete("Use CRITICAL")]
        Urgent,
        [GraphQLIgnore]
        Internal,
    }

    [GraphQLDescription("Anything with a global id")]
    public interface INode
    {
        Guid Id { get; }
    }

    [GraphQLUnion("SearchResult")]
    public interface ISearchResult;

    public sealed record Customer(Guid Id, string Name, string? Email, Segment Segment, DateTimeOffset CreatedAt) : INode, ISearchResult
    {
        internal List<Complaint> ComplaintList { get; } = [];

        [GraphQLIgnore]
        public string Secret => "hidden";

        [Obsolete("Use email")]
        public string? Mail => Email;

        [GraphQLDescription("Complaints, newest first")]
        public IReadOnlyList<Complaint> GetComplaints(int first = 10, Severity? atLeast = null) =>
            [.. ComplaintList.Where(c => atLeast is null || c.Severity >= atLeast).Take(first)];
    }

    public sealed class Complaint : INode, ISearchResult
    {
        public Guid Id { get; init; }

        public required string Text { get; init; }

        public Severity Severity { get; init; }

        public string[]? Tags { get; init; }

        [GraphQLType("ID!")]
        public string Reference => "C-" + Id.ToString("N")[..6];

        public Customer? GetCustomer([Service] CustomerStore store) => store.Customers.FirstOrDefault(c => c.ComplaintList.Contains(this));
    }

    public sealed record CustomerFilter(string? NameContains, IReadOnlyList<Segment>? Segments, int First = 20)
    {
        [GraphQLDescription("Created at or after")]
        public DateTimeOffset? Since { get; init; }
    }

    [OneOf]
    public sealed record CustomerBy(Guid? Id, string? Email);

    public sealed record SubmitComplaintInput(Guid CustomerId, string Text, Severity Severity = Severity.Medium, List<string>? Tags = null);

    public sealed class CustomerStore
    {
        public List<Customer> Customers { get; } = [];

        public int Calls { get; set; }
    }

    public sealed class Query
    {
        public string Version => "1.0";

        public Task<Customer?> GetCustomerAsync(CustomerBy by, [Service] CustomerStore store, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            store.Calls++;
            return Task.FromResult(store.Customers.FirstOrDefault(c => c.Id == by.Id || (by.Email is not null && c.Email == by.Email)));
        }

        public IEnumerable<Customer> Customers(CustomerFilter? filter, [Service] CustomerStore store) =>
            store.Customers
                .Where(c => filter?.NameContains is null || c.Name.Contains(filter.NameContains, StringComparison.Ordinal))
                .Where(c => filter?.Segments is null || filter.Segments.Contains(c.Segment))
                .Where(c => filter?.Since is null || c.CreatedAt >= filter.Since)
                .Take(filter?.First ?? 20);

        public IReadOnlyList<ISearchResult> Search(string text, [Service] CustomerStore store) =>
            [.. store.Customers.Where(c => c.Name.Contains(text, StringComparison.Ordinal)), .. store.Customers.SelectMany(c => c.ComplaintList).Where(c => c.Text.Contains(text, StringComparison.Ordinal))];

        public INode? Node(Guid id, [Service] CustomerStore store) =>
            store.Customers.FirstOrDefault(c => c.Id == id) as INode ?? store.Customers.SelectMany(c => c.ComplaintList).FirstOrDefault(c => c.Id == id);

        public ValueTask<int> CountAsync(IResolveFieldContext context, [Service] CustomerStore store, Segment[]? segments = null) =>
            ValueTask.FromResult(store.Customers.Count(c => segments is null || segments.Contains(c.Segment)));
    }

    public sealed class Mutation
    {
        public async ValueTask<Complaint> SubmitComplaintAsync(SubmitComplaintInput input, [Service] CustomerStore store)
        {
            await Task.Yield();
            var customer = store.Customers.Single(c => c.Id == input.CustomerId);
            var complaint = new Complaint { Id = Guid.NewGuid(), Text = input.Text, Severity = input.Severity, Tags = input.Tags?.ToArray() };
            customer.ComplaintList.Add(complaint);
            return complaint;
        }
    }

    public sealed class Subscription
    {
        public async IAsyncEnumerable<Complaint> OnComplaintSubmitted(Severity atLeast = Severity.Low, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var severity in Enum.GetValues<Severity>().Where(s => s >= atLeast && s <= Severity.Critical))
            {
                await Task.Yield();
                cancellationToken.ThrowIfCancellationRequested();
                yield return new Complaint { Id = Guid.NewGuid(), Text = severity.ToString(), Severity = severity };
            }
        }
    }

    public sealed class CustomerType : ObjectType<Customer>
    {
        protected override void Configure(IObjectTypeDescriptor<Customer> descriptor)
        {
            descriptor.Description("A person who buys from us");
            descriptor.Field(x => x.Name).Description("Full name");
            descriptor.Field(x => x.Email).Name("emailAddress");
            descriptor.Field(x => x.GetComplaints(default, default)).Argument("first", a => a.Description("At most this many").DefaultValue(5)).Metadata("listSize", "first");
            descriptor.Field("initials")
                .Type<string>()
                .Argument("separator", a => a.Type<string>().DefaultValue("."))
                .Resolve(context => string.Join((string)context.Arguments["separator"]!, ((Customer)context.Source!).Name.Split(' ').Select(part => part[0])))
                .Metadata("cost", 3);
        }
    }
}
