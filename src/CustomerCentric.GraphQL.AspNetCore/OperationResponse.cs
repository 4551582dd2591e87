using CustomerCentric.GraphQL.Execution;

namespace CustomerCentric.GraphQL.AspNetCore;

/// <summary>An operation's response (errors already coded and masked) and how it ended.</summary>
public sealed record OperationResponse(ExecutionResult Result, OperationOutcome Outcome);
