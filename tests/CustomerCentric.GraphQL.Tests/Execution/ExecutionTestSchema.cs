using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Execution;

/// <summary>Builds schemas from SDL with resolvers and runs documents through <see cref="Executor"/>.</summary>
internal static class ExecutionTestSchema
{
    public static GraphQLSchema Build(string sdl, SchemaResolvers resolvers, params GraphQLScalarType[] scalars) =>
        BuildAstSchema.BuildSchema(sdl, new BuildSchemaOptions { Resolvers = resolvers, ScalarImplementations = scalars });

    public static ValueTask<ExecutionResult> ExecuteAsync(
        GraphQLSchema schema,
        string query,
        object? variables = null,
        object? rootValue = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default) =>
        Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            VariableValues = variables,
            RootValue = rootValue,
            Timeout = timeout,
            CancellationToken = cancellationToken,
        });
}
