using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// One response key of a <see cref="SelectionPlan"/>: the merged field nodes and the field's definition on the parent type.
/// It lives for one request and remembers what is the same for every object it is executed on: the coerced arguments
/// (variables are fixed per request) and the sub-selection plan per runtime object type.
/// </summary>
internal sealed class CollectedField(string responseName, GraphQLObjectType parentType, GraphQLField definition, FieldNode[] nodes)
{
    private readonly Lock _plansLock = new();
    private IReadOnlyDictionary<string, object?>? _arguments;
    private GraphQLError? _argumentError;
    private SelectionPlan? _lastPlan;
    private Dictionary<GraphQLObjectType, SelectionPlan>? _plans;

    public string ResponseName { get; } = responseName;

    public GraphQLObjectType ParentType { get; } = parentType;

    public GraphQLField Definition { get; } = definition;

    public FieldNode[] Nodes { get; } = nodes;

    /// <summary>The field's type when it is a scalar or enum (possibly non-null): completion needs no path then unless it fails.</summary>
    public IGraphQLLeafType? LeafType { get; } = (definition.Type as IGraphQLLeafType) ?? ((definition.Type as GraphQLNonNull)?.OfType as IGraphQLLeafType);

    /// <summary>Whether the field is <c>__typename</c>, answered from the parent type without a resolver.</summary>
    public bool IsTypeName { get; } = ReferenceEquals(definition, Introspection.MetaFields.TypeName);

    /// <summary>The coerced arguments (spec 6.4.1); throws the coercion error, the same one for every object.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (_arguments is { } arguments)
        {
            return arguments;
        }

        if (_argumentError is { } error)
        {
            throw error;
        }

        try
        {
            // Computing twice under a race is harmless: the result is the same.
            return _arguments = Values.CoerceArgumentValues(Definition.Arguments, Nodes[0].Arguments, Nodes[0], variables);
        }
        catch (GraphQLError coercionError)
        {
            _argumentError = coercionError;
            throw;
        }
    }

    /// <summary>The plan of this field's sub-selection on <paramref name="objectType"/> (graphql-js memoizes collectSubfields the same way).</summary>
    public SelectionPlan GetSubPlan(FieldCollector collector, GraphQLObjectType objectType)
    {
        var last = _lastPlan;
        if (last is not null && ReferenceEquals(last.Type, objectType))
        {
            return last;
        }

        lock (_plansLock)
        {
            _plans ??= new Dictionary<GraphQLObjectType, SelectionPlan>(ReferenceEqualityComparer.Instance);
            if (!_plans.TryGetValue(objectType, out var plan))
            {
                plan = collector.CollectSubfields(objectType, Nodes);
                _plans.Add(objectType, plan);
            }

            _lastPlan = plan;
            return plan;
        }
    }
}
