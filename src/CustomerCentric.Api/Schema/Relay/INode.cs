using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Relay;

/// <summary>Relay's Node interface: every object with a global ID, fetchable with <c>node(id:)</c>.</summary>
[GraphQLDescription("An object with a global ID (Relay's object identification).")]
public interface INode
{
    [GraphQLType("ID!")]
    [GraphQLDescription("The object's opaque global ID.")]
    string Id { get; }
}
