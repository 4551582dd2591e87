using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Customers;
using CustomerCentric.Api.Schema.Errors;
using CustomerCentric.Api.Schema.Interactions;
using CustomerCentric.Api.Schema.Owners;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Api.Schema.Touchpoints;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema;

/// <summary>The API's one schema definition (code-first); the committed schema.graphql is printed from it.</summary>
public static class ApiSchema
{
    public static SchemaBuilder Configure(SchemaBuilder builder) => builder
        .Description("CustomerCentric: customers, touchpoints, interactions and complaints.")
        .AddQueryType<Query>()
        .AddMutationType<Mutation>()
        .AddSubscriptionType<Subscription>()
        .AddType<INode>()
        .AddType<IError>()
        .AddType<CustomerNode>()
        .AddType<ComplaintNode>()
        .AddType<InteractionNode>()
        .AddType<TouchpointNode>()
        .AddType<OwnerNode>()
        .AddType<ValidationError>()
        .AddType<CustomerNotFoundError>()
        .AddType<TouchpointNotFoundError>()
        .AddType<ComplaintNotFoundError>()
        .AddType<InvalidStatusTransitionError>();

    public static GraphQLSchema Create() => Configure(new SchemaBuilder()).Create();
}
