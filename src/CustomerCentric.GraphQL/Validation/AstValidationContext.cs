using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Validation;

/// <summary>
/// What every rule may ask of the document (graphql-js <c>ASTValidationContext</c>): fragments by name, the spreads under
/// a selection set and the fragments an operation reaches, each computed once. Fragment work is metered like graphql-js
/// (50,000 units) so that documents built to explode fragment graphs abort instead of running long.
/// </summary>
public abstract class AstValidationContext
{
    private const int FragmentWorkBudget = 50_000;

    private readonly Action<GraphQLError> onError;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> recursiveFragments = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? fragments;
    private int remainingFragmentWork = FragmentWorkBudget;

    private protected AstValidationContext(DocumentNode document, GraphQLSchema? schema, Action<GraphQLError> onError)
    {
        Document = document ?? throw new ArgumentNullException(nameof(document));
        SchemaOrNull = schema;
        this.onError = onError ?? throw new ArgumentNullException(nameof(onError));
    }

    public DocumentNode Document { get; }

    /// <summary>The schema the document is checked against; SDL validation may have none.</summary>
    public GraphQLSchema? SchemaOrNull { get; }

    public void ReportError(GraphQLError error) => onError(error);

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (fragments is null)
        {
            fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    // The last definition of a name wins, as in graphql-js.
                    fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere under <paramref name="selectionSet"/>, not following the spreads themselves.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (fragmentSpreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var set))
        {
            // Indexed: a foreach over the interface would allocate an enumerator per selection set.
            var selections = set.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                var selection = selections[i];
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        pending.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment the operation reaches through spreads, transitively, each once, in discovery order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (recursiveFragments.TryGetValue(operation, out var found))
        {
            return found;
        }

        found = CollectReferencedFragments([operation]);
        recursiveFragments[operation] = found;
        return found;
    }

    /// <summary>The fragments any of <paramref name="operations"/> reaches (graphql-js <c>getRecursivelyReferencedFragmentsForOperations</c>).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations) =>
        operations.Count == 1 ? GetRecursivelyReferencedFragments(operations[0]) : CollectReferencedFragments(operations);

    /// <summary>Charges fragment work; aborts validation when the budget is spent.</summary>
    public void SpendFragmentWork(int cost)
    {
        remainingFragmentWork -= cost;
        if (remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException(ValidationAbortedException.Aborted);
        }
    }

    private List<FragmentDefinitionNode> CollectReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        // Names in first-seen order; the list grows while it is walked, like graphql-js's insertion-ordered Set.
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        SpendFragmentWork(names.Count);
        var result = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            result.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        return result;
    }
}
