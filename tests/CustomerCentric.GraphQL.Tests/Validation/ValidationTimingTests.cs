using System.Diagnostics;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Validation;

namespace CustomerCentric.GraphQL.Tests.Validation;

/// <summary>
/// Validation of a realistic 2 KB query must cost a small fraction of a millisecond (one walk, cached lookups).
/// The bound is loose (1 ms median over many runs, after warm-up) so that a shared CI machine does not make it flaky,
/// yet it fails if validation turns quadratic or starts re-walking the document per rule.
/// </summary>
public sealed class ValidationTimingTests(ITestOutputHelper output)
{
    public const string TwoKilobyteQuery = """
        query CustomerOverview($id: ID!, $first: Int = 10, $channel: Channel, $withOwner: Boolean = true, $filter: ComplaintFilter) {
          customer(id: $id) {
            ...CustomerCard
            touchpoints(first: $first, channel: $channel) {
              id
              name
              channel
              owner @include(if: $withOwner) { ...OwnerCard }
            }
            complaints(filter: $filter, severityAtLeast: HIGH) {
              id
              text
              severity
              assignee { ...OwnerCard deputy { ...OwnerCard } }
              customer { id name(upper: true) }
            }
            bestFriend { ...CustomerCard bestFriend { id name } }
          }
          subjects {
            __typename
            ... on Customer { id name segment }
            ... on Touchpoint { id title: name channel owner { id isChief } }
          }
          party {
            id
            name
            ... on Customer { segment tags score }
            ... on Owner { isChief team deputy { id name } }
          }
          node(id: $id) { id ... on Complaint { text severity customer { ...CustomerCard } } }
          echo(int: 1, nnInt: 2, float: 1.5, string: "text", boolean: true, id: "x", list: ["a", "b"], nnList: [1, 2, 3],
            severity: MEDIUM, filter: { customerId: "c1", severity: LOW, text: "late", nested: { customerId: "c2", limit: 3 } })
          findByContact(contact: { email: "ada@example.com" }) { ...CustomerCard }
          withDefault
          customers(segment: BUSINESS, first: 5, filter: { customerId: "c9", text: "refund" }) {
            ...CustomerCard
            complaints(severityAtLeast: CRITICAL) { id severity text assignee { id name isChief } }
            bestFriend { id segment touchpoints(first: 1) { id channel owner { ...OwnerCard } } }
          }
          assignee { __typename ... on Owner { ...OwnerCard deputy { id name team } } }
          lookup(contact: { phone: "+41 44 000 00 00" }) { id name segment }
          findByContacts(contacts: [{ email: "a@example.com" }, { phone: "+1 555 0100" }]) { id name }
          complaint(id: $id) @cost(weight: 3) { id text assignee { ...OwnerCard } }
        }

        fragment CustomerCard on Customer {
          id
          name
          segment
          tags
          score
          recent: touchpoints(first: 3) { id name channel }
        }

        fragment OwnerCard on Owner {
          id
          name
          team
          isChief
        }
        """;

    [Fact]
    public void A_2_KB_query_validates_well_under_a_millisecond()
    {
        var document = Parser.Parse(TwoKilobyteQuery);
        Assert.Empty(DocumentValidator.Validate(ValidationHarness.Schema, document));

        const int runs = 2000;
        for (var i = 0; i < runs; i++)
        {
            DocumentValidator.Validate(ValidationHarness.Schema, document);
        }

        var timings = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            DocumentValidator.Validate(ValidationHarness.Schema, document);
            timings[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(timings);
        var median = timings[runs / 2];
        output.WriteLine($"{TwoKilobyteQuery.Length} chars: median {median:F1} µs, p90 {timings[runs * 9 / 10]:F1} µs");
        Assert.True(median < 1000, $"median {median:F1} µs");
    }
}
