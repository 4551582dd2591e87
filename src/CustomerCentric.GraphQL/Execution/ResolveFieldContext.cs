using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// The <see cref="IResolveFieldContext"/> execution hands to resolvers, with the rest of graphql-js's <c>info</c>
/// (field nodes, operation, variables, root value) for resolvers that need to look at the query. Created only for fields with a resolver.
/// </summary>
public sealed class ResolveFieldContext : IResolveFieldContext
{
    private readonly OperationExecution _execution;
    private readonly CollectedField _field;

    internal ResolveFieldContext(OperationExecution execution, CollectedField field, object? source, IReadOnlyDictionary<string, object?> arguments, ResponsePath path)
    {
        _execution = execution;
        _field = field;
        Source = source;
        Arguments = arguments;
        Path = path;
    }

    public object? Source { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public GraphQLField FieldDefinition => _field.Definition;

    public GraphQLObjectType ParentType => _field.ParentType;

    public GraphQLSchema Schema => _execution.Schema;

    public ResponsePath Path { get; }

    public CancellationToken CancellationToken => _execution.CancellationToken;

    public IServiceProvider? RequestServices => _execution.RequestServices;

    public IDictionary<string, object?> Items => _execution.Items;

    /// <summary>Every node of the merged field (the same field may be selected more than once).</summary>
    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;

    public OperationDefinitionNode Operation => _execution.Operation;

    public IReadOnlyDictionary<string, object?> VariableValues => _execution.VariableValues;

    public object? RootValue => _execution.RootValue;
}
