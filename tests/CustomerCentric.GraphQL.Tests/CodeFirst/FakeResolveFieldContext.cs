using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Tests.CodeFirst;

/// <summary>Just enough of a field's execution context to call a resolver directly, without the executor.</summary>
public sealed class FakeResolveFieldContext(GraphQLSchema schema, string typeName, string fieldName) : IResolveFieldContext, IServiceProvider
{
    private readonly Dictionary<Type, object> _services = [];

    public object? Source { get; init; }

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();

    public GraphQLObjectType ParentType { get; } = (GraphQLObjectType)schema.GetType(typeName)!;

    public GraphQLField FieldDefinition => ParentType.Fields[fieldName];

    public GraphQLSchema Schema { get; } = schema;

    public ResponsePath Path { get; } = ResponsePath.Root(fieldName, typeName);

    public CancellationToken CancellationToken { get; init; } = TestContext.Current.CancellationToken;

    public IServiceProvider? RequestServices => this;

    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>();

    public FakeResolveFieldContext With<T>(T service)
        where T : notnull
    {
        _services[typeof(T)] = service;
        return this;
    }

    public object? GetService(Type serviceType) => _services.GetValueOrDefault(serviceType);

    /// <summary>Runs the field's resolver as execution would: <c>Resolve</c>, else <c>ResolveSource</c>.</summary>
    public ValueTask<object?> ResolveAsync() =>
        FieldDefinition.Resolve is { } resolve ? resolve(this)
        : FieldDefinition.ResolveSource is { } read ? new ValueTask<object?>(read(Source))
        : throw new InvalidOperationException($"{typeName}.{fieldName} has no resolver.");
}
