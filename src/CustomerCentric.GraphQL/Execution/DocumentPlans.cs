using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// What execution learns about a document and keeps for the next request with the same document (a cached one): its fragments
/// and the collected fields of each operation (spec 6.3.2), which memoize their sub-selections per object type and their
/// literal-only arguments. Field collection depends on variables only through <c>@skip</c>/<c>@include</c>, so plans are kept
/// per combination of the values of the variables those directives use.
/// </summary>
internal sealed class DocumentPlans
{
    /// <summary>A bound on kept root plans (operations times directive combinations); beyond it plans are made per request.</summary>
    private const int MaxPlans = 64;

    /// <summary>Two bits per directive variable (true, false, anything else) in a 64-bit key.</summary>
    private const int MaxDirectiveVariables = 32;

    private readonly string[] _directiveVariables;

    // Replaced, never changed in place (copy on add, at most MaxPlans times per document), so lookups take no lock.
    private KeptPlan[] _rootPlans = [];

    private DocumentPlans(DocumentNode document, GraphQLSchema schema)
    {
        Schema = schema;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var directiveVariables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }

            if (definition is OperationDefinitionNode or FragmentDefinitionNode)
            {
                AddDirectiveVariables(((ExecutableDefinitionNode)definition).SelectionSet, directiveVariables);
            }
        }

        Fragments = fragments;
        _directiveVariables = [.. directiveVariables];
    }

    public GraphQLSchema Schema { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The plans of <paramref name="document"/> when run against <paramref name="schema"/> (fresh ones for another schema).</summary>
    public static DocumentPlans For(DocumentNode document, GraphQLSchema schema)
    {
        if (Volatile.Read(ref document.ExecutionPlans) is DocumentPlans kept)
        {
            return ReferenceEquals(kept.Schema, schema) ? kept : new DocumentPlans(document, schema);
        }

        // Two first requests at once may both build plans: one of them is kept, the other serves its own request.
        var plans = new DocumentPlans(document, schema);
        return Interlocked.CompareExchange(ref document.ExecutionPlans, plans, null) is DocumentPlans first && ReferenceEquals(first.Schema, schema)
            ? first
            : plans;
    }

    /// <summary>The root selection's plan for these variables: kept from an earlier request when the directives decide the same.</summary>
    public SelectionPlan GetRootPlan(OperationDefinitionNode operation, GraphQLObjectType rootType, FieldCollector collector, IReadOnlyDictionary<string, object?> variables)
    {
        if (_directiveVariables.Length > MaxDirectiveVariables)
        {
            return collector.CollectFields(rootType, operation.SelectionSet);
        }

        var key = DirectiveKey(variables);
        var kept = Volatile.Read(ref _rootPlans);
        foreach (var entry in kept)
        {
            if (ReferenceEquals(entry.Operation, operation) && entry.Key == key && ReferenceEquals(entry.Plan.Type, rootType))
            {
                return entry.Plan;
            }
        }

        var plan = collector.CollectFields(rootType, operation.SelectionSet);
        // Two requests may add at once: one of the copies wins and the other plan serves only its own request (both are equal).
        while (kept.Length < MaxPlans && !Contains(kept, operation, key))
        {
            var previous = Interlocked.CompareExchange(ref _rootPlans, [.. kept, new KeptPlan(operation, key, plan)], kept);
            if (ReferenceEquals(previous, kept))
            {
                break;
            }

            kept = previous;
        }

        return plan;
    }

    private static bool Contains(KeptPlan[] kept, OperationDefinitionNode operation, ulong key)
    {
        foreach (var entry in kept)
        {
            if (ReferenceEquals(entry.Operation, operation) && entry.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    private ulong DirectiveKey(IReadOnlyDictionary<string, object?> variables)
    {
        ulong key = 0;
        foreach (var name in _directiveVariables)
        {
            variables.TryGetValue(name, out var value);
            key = (key << 2) | value switch { true => 1UL, false => 2UL, _ => 3UL };
        }

        return key;
    }

    private static void AddDirectiveVariables(SelectionSetNode selectionSet, HashSet<string> names)
    {
        // Indexed: a foreach over the interface would allocate an enumerator per selection set.
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            var selection = selections[i];
            foreach (var directive in selection.Directives)
            {
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Value is VariableNode variable)
                    {
                        names.Add(variable.Name.Value);
                    }
                }
            }

            var nested = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (nested is not null)
            {
                AddDirectiveVariables(nested, names);
            }
        }
    }

    /// <summary>A root plan kept for one operation and one combination of directive variable values.</summary>
    private sealed record KeptPlan(OperationDefinitionNode Operation, ulong Key, SelectionPlan Plan);
}
