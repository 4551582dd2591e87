using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// One response key of a <see cref="SelectionPlan"/>: the merged field nodes and the field's definition on the parent type.
/// It remembers what is the same for every object it is executed on: the coerced arguments and the sub-selection plan per
/// runtime object type. A plan may serve many requests of the same document (<see cref="DocumentPlans"/>): arguments written as
/// literals are coerced once for all of them, arguments that use variables once per request's variables.
/// </summary>
internal sealed class CollectedField(string responseName, GraphQLObjectType parentType, GraphQLField definition, FieldNode[] nodes)
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>(0);

    private readonly bool _argumentsUseVariables = ArgumentsUseVariables(nodes[0].Arguments);

    // Read once: writers ask for the arguments of every field of every object, and most fields define none.
    private readonly bool _definesArguments = definition.Arguments.Count > 0;
    private CoercedArguments? _arguments;
    private SelectionPlan? _lastPlan;
    private TypedLeafWriter? _typedLeaf;
    private bool _typedLeafKnown;

    // Replaced, never changed in place, so readers need no lock; an abstract field has one plan per runtime type.
    private SelectionPlan[] _plans = [];

    public string ResponseName { get; } = responseName;

    public GraphQLObjectType ParentType { get; } = parentType;

    public GraphQLField Definition { get; } = definition;

    public FieldNode[] Nodes { get; } = nodes;

    /// <summary>The field's type when it is a scalar or enum (possibly non-null): completion needs no path then unless it fails.</summary>
    public IGraphQLLeafType? LeafType { get; } = (definition.Type as IGraphQLLeafType) ?? ((definition.Type as GraphQLNonNull)?.OfType as IGraphQLLeafType);

    /// <summary>Whether the field is <c>__typename</c>, answered from the parent type without a resolver.</summary>
    public bool IsTypeName { get; } = ReferenceEquals(definition, Introspection.MetaFields.TypeName);

    /// <summary>The typed writer of a leaf field bound to a CLR property (<see cref="TypedLeafWriter"/>), or null; made at first use.</summary>
    public TypedLeafWriter? TypedLeaf
    {
        get
        {
            if (!Volatile.Read(ref _typedLeafKnown))
            {
                _typedLeaf = LeafType is { } leaf ? TypedLeafWriter.For(Definition, leaf) : null;
                Volatile.Write(ref _typedLeafKnown, true);
            }

            return _typedLeaf;
        }
    }

    /// <summary>Set once <see cref="EagerResultWriter"/> met something below this field it does not write (a resolver, an abstract type...).</summary>
    public bool EagerJsonUnsupported { get; set; }

    /// <summary>The coerced arguments (spec 6.4.1); throws the coercion error, the same one for every object.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (!_definesArguments)
        {
            // Nothing to coerce (graphql-js ignores arguments the field does not define; validation reports them).
            return NoArguments;
        }

        var arguments = _arguments;
        if (arguments is null || (_argumentsUseVariables && !ReferenceEquals(arguments.Variables, variables)))
        {
            // Computing twice under a race is harmless: the result is the same.
            _arguments = arguments = Coerce(variables);
        }

        return arguments.Values ?? throw arguments.Error!;
    }

    /// <summary>The plan of this field's sub-selection on <paramref name="objectType"/> (graphql-js memoizes collectSubfields the same way).</summary>
    public SelectionPlan GetSubPlan(FieldCollector collector, GraphQLObjectType objectType)
    {
        var last = _lastPlan;
        if (last is not null && ReferenceEquals(last.Type, objectType))
        {
            return last;
        }

        var plans = _plans;
        foreach (var kept in plans)
        {
            if (ReferenceEquals(kept.Type, objectType))
            {
                _lastPlan = kept;
                return kept;
            }
        }

        // Two requests may collect the same plan at once: both plans are equal, and one of them is kept.
        var plan = collector.CollectSubfields(objectType, Nodes);
        Interlocked.CompareExchange(ref _plans, [.. plans, plan], plans);
        _lastPlan = plan;
        return plan;
    }

    private CoercedArguments Coerce(IReadOnlyDictionary<string, object?> variables)
    {
        try
        {
            return new CoercedArguments(variables, Values.CoerceArgumentValues(Definition.Arguments, Nodes[0].Arguments, Nodes[0], variables), null);
        }
        catch (GraphQLError coercionError)
        {
            return new CoercedArguments(variables, null, coercionError);
        }
    }

    private static bool ArgumentsUseVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (UsesVariables(arguments[i].Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsesVariables(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(UsesVariables),
        ObjectValueNode inputObject => inputObject.Fields.Any(field => UsesVariables(field.Value)),
        _ => false,
    };

    /// <summary>The arguments (or their coercion error) for one set of variable values.</summary>
    private sealed record CoercedArguments(IReadOnlyDictionary<string, object?> Variables, IReadOnlyDictionary<string, object?>? Values, GraphQLError? Error);
}
