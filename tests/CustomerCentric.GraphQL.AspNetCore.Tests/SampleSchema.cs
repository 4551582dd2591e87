using System.Runtime.CompilerServices;
using CustomerCentric.GraphQL.AspNetCore.Authorization;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.AspNetCore.Tests;

/// <summary>The schema the tests serve: SDL-first, with @authorize, a failing resolver, a mutation and a counting subscription.</summary>
public static class SampleSchema
{
    public const string Sdl = AuthorizeDirective.Definition + """

        type Query {
          hello(name: String = "world"): String!
          customers: [Customer!]!
          customer(id: Int!): Customer
          me: String @authorize
          staffNote: String @authorize(policy: "Staff")
          boom: String
          refused: String
        }

        type Customer {
          id: Int!
          name: String!
          segment: String
        }

        type Mutation {
          addCustomer(name: String!): Customer!
        }

        type Subscription {
          counter(to: Int!): Int!
        }
        """;

    public static GraphQLSchema Create()
    {
        var customers = new List<Customer> { new(1, "Ada", "Private"), new(2, "Grace", "Business") };
        var resolvers = new SchemaResolvers()
            .Field("Query", "hello", context => new ValueTask<object?>($"Hello, {context.Arguments["name"]}!"))
            .Field("Query", "customers", _ => new ValueTask<object?>(customers.ToArray()))
            .Field("Query", "customer", context => new ValueTask<object?>(customers.Find(c => c.Id == (int)context.Arguments["id"]!)))
            .Field("Query", "me", context => new ValueTask<object?>(SchemaAuthorization.UserOf(context.Items)?.Identity?.Name))
            .Field("Query", "staffNote", _ => new ValueTask<object?>("for staff"))
            .Field("Query", "boom", _ => throw new InvalidOperationException("database password is hunter2"))
            .Field("Query", "refused", _ => throw new GraphQLError("Not today.", extensions: new Dictionary<string, object?> { ["code"] = "REFUSED" }))
            .Field("Mutation", "addCustomer", context =>
            {
                lock (customers)
                {
                    var customer = new Customer(customers.Count + 1, (string)context.Arguments["name"]!, null);
                    customers.Add(customer);
                    return new ValueTask<object?>(customer);
                }
            })
            .Subscription("Subscription", "counter", context => new ValueTask<IAsyncEnumerable<object?>>(Count((int)context.Arguments["to"]!)), context => new ValueTask<object?>(context.Source));
        return BuildAstSchema.BuildSchema(Sdl, new BuildSchemaOptions { Resolvers = resolvers });
    }

    private static async IAsyncEnumerable<object?> Count(int to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Delay(10, cancellationToken);
            yield return i;
        }
    }

    public sealed record Customer(int Id, string Name, string? Segment);
}
