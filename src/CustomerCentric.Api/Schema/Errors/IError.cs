using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Errors;

/// <summary>What every typed error in a mutation payload has (the GraphQL interface <c>Error</c>).</summary>
[GraphQLDescription("A problem a mutation reports in its payload's errors (nothing was changed).")]
public interface IError
{
    string Message { get; }
}
