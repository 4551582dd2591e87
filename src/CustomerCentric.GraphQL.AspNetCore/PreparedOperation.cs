using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.AspNetCore;

/// <summary>An operation that parsed, validated and was found in its document, ready to execute or subscribe.</summary>
public sealed record PreparedOperation(GraphQLRequest Request, OperationDefinitionNode Operation)
{
    public OperationType Type => Operation.Operation;

    public string? Name => Operation.Name?.Value;
}
