using CustomerCentric.GraphQL.Introspection;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// CollectFields (spec 6.3.2) for one request: merges fields by response name in document order, honours <c>@skip</c> and
/// <c>@include</c>, expands each fragment once per selection, and matches type conditions against the runtime object type.
/// Fields the type does not define are left out, as graphql-js does (validation reports them).
/// </summary>
internal sealed class FieldCollector(
    GraphQLSchema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables)
{
    // The working map of one collection, kept for the next one: a fresh document collects a plan per selection and runtime type,
    // and the map's lists and fragment set are then allocated once per request instead of once per plan. Taken and put back
    // atomically, because fields that resume after an await may collect their plans on other threads at the same time.
    private FieldMap? _spareMap;

    public SelectionPlan CollectFields(GraphQLObjectType objectType, SelectionSetNode selectionSet)
    {
        var fields = Interlocked.Exchange(ref _spareMap, null) ?? new FieldMap();
        Collect(objectType, selectionSet, fields);
        return Release(fields, objectType);
    }

    public SelectionPlan CollectSubfields(GraphQLObjectType objectType, FieldNode[] fieldNodes)
    {
        var fields = Interlocked.Exchange(ref _spareMap, null) ?? new FieldMap();
        foreach (var fieldNode in fieldNodes)
        {
            if (fieldNode.SelectionSet is { } selectionSet)
            {
                Collect(objectType, selectionSet, fields);
            }
        }

        return Release(fields, objectType);
    }

    private SelectionPlan Release(FieldMap fields, GraphQLObjectType objectType)
    {
        var plan = fields.ToPlan(schema, objectType);
        fields.Clear();
        _spareMap = fields;
        return plan;
    }

    private void Collect(GraphQLObjectType objectType, SelectionSetNode selectionSet, FieldMap fields)
    {
        // Indexed: a foreach over the interface would allocate an enumerator per selection set.
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            var selection = selections[i];
            switch (selection)
            {
                case FieldNode field:
                    if (ShouldInclude(field))
                    {
                        fields.Add(field);
                    }

                    break;
                case InlineFragmentNode inlineFragment:
                    if (ShouldInclude(inlineFragment) && FragmentConditionMatches(inlineFragment.TypeCondition, objectType))
                    {
                        Collect(objectType, inlineFragment.SelectionSet, fields);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (fields.HasVisited(name) || !ShouldInclude(spread))
                    {
                        break;
                    }

                    fields.Visit(name);
                    if (fragments.TryGetValue(name, out var fragment) && FragmentConditionMatches(fragment.TypeCondition, objectType))
                    {
                        Collect(objectType, fragment.SelectionSet, fields);
                    }

                    break;
            }
        }
    }

    /// <summary>spec 6.3.2 steps 3.a-b: <c>@skip(if: true)</c> excludes, then <c>@include(if: false)</c> excludes.</summary>
    private bool ShouldInclude(SelectionNode selection)
    {
        var directives = selection.Directives;
        if (directives.Count == 0)
        {
            return true;
        }

        if (Values.GetDirectiveValues(SpecifiedDirectives.Skip, directives, variables) is { } skip && skip.TryGetValue("if", out var skipIf) && skipIf is true)
        {
            return false;
        }

        return !(Values.GetDirectiveValues(SpecifiedDirectives.Include, directives, variables) is { } include
            && include.TryGetValue("if", out var includeIf) && includeIf is false);
    }

    private bool FragmentConditionMatches(NamedTypeNode? typeCondition, GraphQLObjectType objectType)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionType = TypeFromAst.Resolve(schema, typeCondition);
        if (ReferenceEquals(conditionType, objectType))
        {
            return true;
        }

        return conditionType is IGraphQLAbstractType abstractType && schema.IsSubType(abstractType, objectType);
    }

    /// <summary>
    /// Field nodes grouped by response name, in first-seen order, and the fragments already expanded; most names have one node,
    /// which needs no list.
    /// </summary>
    private sealed class FieldMap
    {
        private readonly ResponseNameGroups<(FieldNode First, List<FieldNode>? More)> _entries = new();
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public bool HasVisited(string fragmentName) => _visitedFragments.Count > 0 && _visitedFragments.Contains(fragmentName);

        public void Visit(string fragmentName) => _visitedFragments.Add(fragmentName);

        public void Add(FieldNode field)
        {
            var responseName = field.Alias?.Value ?? field.Name.Value;
            var position = _entries.IndexOf(responseName);
            if (position >= 0)
            {
                var entry = _entries[position];
                if (entry.More is null)
                {
                    _entries[position] = entry with { More = [field] };
                }
                else
                {
                    entry.More.Add(field);
                }

                return;
            }

            _entries.Add(responseName, (field, null));
        }

        public void Clear()
        {
            _entries.Clear();
            if (_visitedFragments.Count > 0)
            {
                _visitedFragments.Clear();
            }
        }

        public SelectionPlan ToPlan(GraphQLSchema schema, GraphQLObjectType objectType)
        {
            var definitions = new GraphQLField?[_entries.Count];
            var defined = 0;
            for (var i = 0; i < _entries.Count; i++)
            {
                definitions[i] = MetaFields.GetFieldDefinition(schema, objectType, _entries[i].First.Name.Value);
                defined += definitions[i] is null ? 0 : 1;
            }

            var names = new string[defined];
            var fields = new CollectedField[defined];
            var next = 0;
            for (var i = 0; i < _entries.Count; i++)
            {
                if (definitions[i] is not { } definition)
                {
                    continue;
                }

                var name = _entries.NameAt(i);
                var (first, more) = _entries[i];
                names[next] = name;
                fields[next++] = new CollectedField(name, objectType, definition, more is null ? [first] : [first, .. more]);
            }

            return new SelectionPlan(objectType, new ResultShape(names), fields, _entries.Count > 0 ? _entries[0].First : null);
        }
    }
}
