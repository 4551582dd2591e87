using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;
using CustomerCentric.GraphQL.Validation;

namespace CustomerCentric.GraphQL.Tests.Validation;

/// <summary>
/// The schema the per-rule tests validate against, and the assertions they share: a document is validated with one rule
/// (as graphql-js's rule tests do) and its errors are compared, in order, as "message @ line:column ...". The expected
/// errors in the rule tests are what graphql-js 16.15 reports for the same document and rule.
/// </summary>
internal static class ValidationHarness
{
    public const string Sdl = """
        interface Node { id: ID! }
        interface Party implements Node { id: ID! name(upper: Boolean = false): String }
        type Customer implements Party & Node {
          id: ID!
          name(upper: Boolean = false): String
          segment: Segment
          tags: [String!]
          touchpoints(first: Int, channel: Channel): [Touchpoint]
          bestFriend: Customer
          score: Float
          complaints(filter: ComplaintFilter, severityAtLeast: Severity! = LOW): [Complaint!]!
        }
        type Owner implements Party & Node { id: ID! name(upper: Boolean = false): String deputy: Owner isChief: Boolean! team: Int }
        type Touchpoint implements Node { id: ID! name: String! channel: Channel owner: Owner }
        type Complaint implements Node { id: ID! text: String severity: Severity! customer: Customer assignee: Owner }
        union Subject = Customer | Touchpoint
        union Assignee = Owner
        enum Segment { PRIVATE BUSINESS KEY_ACCOUNT }
        enum Channel { WEB HOTLINE STORE }
        enum Severity { LOW MEDIUM HIGH CRITICAL }
        input ComplaintFilter { severity: Severity, text: String, customerId: ID!, nested: ComplaintFilter, limit: Int = 10 }
        input Contact @oneOf { email: String phone: String }
        scalar Instant
        directive @cost(weight: Int!) on FIELD | QUERY | FRAGMENT_DEFINITION
        directive @tag(name: String) repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @onVariable on VARIABLE_DEFINITION
        type Query {
          customer(id: ID!): Customer
          customers(segment: Segment, first: Int = 20, filter: ComplaintFilter): [Customer]
          node(id: ID!): Node
          subjects: [Subject]
          party: Party
          assignee: Assignee
          findByContact(contact: Contact!): Customer
          findByContacts(contacts: [Contact!]): [Customer]
          lookup(contact: Contact): Customer
          echo(int: Int, nnInt: Int!, float: Float, string: String, boolean: Boolean, id: ID, list: [String], nnList: [Int!]!, severity: Severity, filter: ComplaintFilter, instant: Instant, matrix: [[Int]]): String
          withDefault(limit: Int! = 5): String
          complaint(id: ID!): Complaint
        }
        type Mutation { acknowledge(id: ID!): Complaint }
        type Subscription { complaintRouted(id: ID): Complaint ownerAssigned: Owner }
        """;

    public static GraphQLSchema Schema { get; } = BuildAstSchema.BuildSchema(Sdl);

    public static void ExpectValid(ValidationRule rule, string document) => ExpectErrors(rule, document);

    public static void ExpectErrors(ValidationRule rule, string document, params string[] expected)
    {
        var errors = DocumentValidator.Validate(Schema, Parser.Parse(document), [rule]);
        Assert.Equal(expected, errors.Select(Describe).ToArray());
    }

    public static string Describe(GraphQLError error) =>
        error.Message + " @ " + string.Join(" ", (error.Locations ?? []).Select(location => $"{location.Line}:{location.Column}"));
}
