using System.Text;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields with the same response name must be the same field with the same arguments
/// (unless their parents are different object types) and have shapes that merge. This follows graphql-js 16.15's
/// algorithm so that it reports the same conflicts: the fields of each selection set and fragment are collected once
/// per parent type, each fragment pair and field/fragment pair is compared once (remembering whether the comparison
/// was made under mutually exclusive parents), and a work budget aborts documents built to make comparison explode.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : AstVisitor
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    // What was compared, each remembering whether under mutually exclusive parents; one table each for the whole document.
    private readonly Dictionary<(string, string), bool> comparedFragmentPairs = [];
    private readonly Dictionary<(CollectedFields, string), bool> comparedFieldsAndFragments = [];
    private readonly Dictionary<(CollectedFields, CollectedFields), List<(string, FieldDetails, FieldDetails)>> overlappingFields = [];
    private readonly Dictionary<(GraphQLNamedType?, SelectionSetNode), CollectedFields> collectedFields = [];
    private readonly Dictionary<ValueNode, string> stringifiedValues = new(ReferenceEqualityComparer.Instance);
    private SelectionSetNode? inlineFragmentSelectionSet;
    private int remainingBudget = MaxComplexityBudget;

    public static ValidationRule Rule { get; } = context => new OverlappingFieldsCanBeMergedRule(context);

    public override VisitAction Enter(InlineFragmentNode node)
    {
        inlineFragmentSelectionSet = node.SelectionSet;
        return VisitAction.Continue;
    }

    public override VisitAction Enter(SelectionSetNode node)
    {
        // An inline fragment's fields were compared as part of the enclosing selection set.
        if (ReferenceEquals(node, inlineFragmentSelectionSet))
        {
            return VisitAction.Continue;
        }

        if (HasOnlyDistinctFields(node.Selections))
        {
            return VisitAction.Continue;
        }

        foreach (var conflict in FindConflictsWithinSelectionSet(context.ParentType, node))
        {
            var nodes = new List<Node>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            context.ReportError(new GraphQLError(
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                nodes));
        }

        return VisitAction.Continue;
    }

    /// <summary>
    /// Fields alone, each under its own response name, cannot conflict within their selection set (the usual case, decided
    /// without collecting them); their sub-selections are compared when the walk reaches them.
    /// </summary>
    private static bool HasOnlyDistinctFields(IReadOnlyList<SelectionNode> selections)
    {
        const int MaxScanned = 32;
        if (selections.Count > MaxScanned)
        {
            return false;
        }

        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return false;
            }

            var responseName = (field.Alias ?? field.Name).Value;
            for (var j = 0; j < i; j++)
            {
                var earlier = (FieldNode)selections[j];
                if ((earlier.Alias ?? earlier.Name).Value == responseName)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private List<Conflict> FindConflictsWithinSelectionSet(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var fields = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fields);
        var names = fields.FragmentNames;
        if (names.Count != 0 && (fields.GroupCount != 0 || names.Count > 1))
        {
            for (var i = 0; i < names.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, names[i]);
                for (var j = i + 1; j < names.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, names[i], names[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields fields, string fragmentName)
    {
        Spend(1);
        if (fields.GroupCount == 0)
        {
            return;
        }

        // A comparison made under exclusive parents cannot stand in for a non-exclusive one, the other way round it can.
        if (comparedFieldsAndFragments.TryGetValue((fields, fragmentName), out var comparedExclusive) && (!comparedExclusive || mutuallyExclusive))
        {
            return;
        }

        comparedFieldsAndFragments[(fields, fragmentName)] = mutuallyExclusive;
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentFields = CollectFragmentFields(fragment);
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, fields, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        Spend(2);
        if (fragmentName1 == fragmentName2 || HasComparedPair(fragmentName1, fragmentName2, mutuallyExclusive))
        {
            return;
        }

        comparedFragmentPairs[(fragmentName1, fragmentName2)] = mutuallyExclusive;
        if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var fields1 = CollectFragmentFields(fragment1);
        var fields2 = CollectFragmentFields(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var referenced2 in fields2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, referenced2);
        }

        foreach (var referenced1 in fields1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced1, fragmentName2);
        }
    }

    private bool HasComparedPair(string a, string b, bool mutuallyExclusive)
    {
        return Has(a, b) || Has(b, a);

        bool Has(string first, string second) =>
            comparedFragmentPairs.TryGetValue((first, second), out var exclusive) && (mutuallyExclusive || !exclusive);
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive, GraphQLNamedType? parentType1, SelectionSetNode selectionSet1, GraphQLNamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = CollectFields(parentType1, selectionSet1);
        var fields2 = CollectFields(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var fragmentName2 in fields2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, fragmentName2);
        }

        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, fragmentName1);
        }

        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            foreach (var fragmentName2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields fields)
    {
        for (var g = 0; g < fields.GroupCount; g++)
        {
            var (responseName, first) = fields.GroupAt(g);
            for (var field1 = first; field1 is not null; field1 = field1.Next)
            {
                for (var field2 = field1.Next; field2 is not null; field2 = field2.Next)
                {
                    if (FindConflict(false, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields fields1, CollectedFields fields2)
    {
        if (fields1.GroupCount == 0 || fields2.GroupCount == 0)
        {
            return;
        }

        foreach (var (responseName, first1, first2) in OverlappingFields(fields1, fields2))
        {
            for (var field1 = first1; field1 is not null; field1 = field1.Next)
            {
                for (var field2 = first2; field2 is not null; field2 = field2.Next)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    /// <summary>The response names both collections have, with the first field of each name's group on either side.</summary>
    private List<(string ResponseName, FieldDetails First1, FieldDetails First2)> OverlappingFields(CollectedFields fields1, CollectedFields fields2)
    {
        if (overlappingFields.TryGetValue((fields1, fields2), out var cached))
        {
            return cached;
        }

        var overlapping = new List<(string, FieldDetails, FieldDetails)>();
        for (var i = 0; i < fields1.GroupCount; i++)
        {
            Spend(1);
            var (responseName, first1) = fields1.GroupAt(i);
            if (fields2.Find(responseName) is { } first2)
            {
                overlapping.Add((responseName, first1, first2));
            }
        }

        overlappingFields[(fields1, fields2)] = overlapping;
        return overlapping;
    }

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        // Fields of two different object types can never apply to the same object, so only their shapes must agree.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is GraphQLObjectType && field2.ParentType is GraphQLObjectType);
        Spend(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!mutuallyExclusive)
        {
            var info1 = field1.Info;
            var info2 = field2.Info;
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                    : SameArguments(node1.Arguments, node2.Arguments) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var info1 = field1.Info;
            var info2 = field2.Info;
            info1.TypeString ??= type1.ToString();
            info2.TypeString ??= type2.ToString();
            return new Conflict(responseName, $"they return conflicting types \"{info1.TypeString}\" and \"{info2.TypeString}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive, field1.Info.NamedType, selectionSet1, field2.Info.NamedType, selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            Spend(1);

            // graphql-js keys the arguments by name, so with a repeated name the last one counts.
            ValueNode? value2 = null;
            for (var i = arguments2.Count - 1; i >= 0 && value2 is null; i--)
            {
                if (arguments2[i].Name.Value == argument1.Name.Value)
                {
                    value2 = arguments2[i].Value;
                }
            }

            if (value2 is null || Stringify(argument1.Value) != Stringify(value2))
            {
                return false;
            }
        }

        return true;
    }

    private string Stringify(ValueNode value)
    {
        if (!stringifiedValues.TryGetValue(value, out var text))
        {
            var builder = new StringBuilder();
            AppendValue(builder, value);
            stringifiedValues[value] = text = builder.ToString();
        }

        return text;
    }

    // A canonical form: equal exactly when graphql-js's JSON form is equal (object fields sorted by name, block strings distinct).
    private static void AppendValue(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                AppendText(builder.Append('$'), variable.Name.Value);
                break;
            case ObjectValueNode obj:
                var fields = obj.Fields.Select((field, index) => (field, index)).ToList();
                fields.Sort((a, b) =>
                {
                    var byName = string.CompareOrdinal(a.field.Name.Value, b.field.Name.Value);
                    return byName != 0 ? byName : a.index - b.index;
                });
                builder.Append('{');
                foreach (var (field, _) in fields)
                {
                    AppendText(builder, field.Name.Value);
                    AppendValue(builder, field.Value);
                }

                builder.Append('}');
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendValue(builder, item);
                }

                builder.Append(']');
                break;
            case StringValueNode text:
                AppendText(builder.Append(text.Block ? 'B' : 'S'), text.Value);
                break;
            case IntValueNode number:
                AppendText(builder.Append('I'), number.Value);
                break;
            case FloatValueNode number:
                AppendText(builder.Append('F'), number.Value);
                break;
            case EnumValueNode enumValue:
                AppendText(builder.Append('E'), enumValue.Value);
                break;
            case BooleanValueNode boolean:
                builder.Append(boolean.Value ? "T" : "N");
                break;
            default:
                builder.Append('0');
                break;
        }
    }

    private static void AppendText(StringBuilder builder, string text) => builder.Append(text.Length).Append(':').Append(text);

    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        Spend(1);
        if (type1 is GraphQLList list1)
        {
            return type2 is not GraphQLList list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is GraphQLList)
        {
            return true;
        }

        if (type1 is GraphQLNonNull nonNull1)
        {
            return type2 is not GraphQLNonNull nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is GraphQLNonNull)
        {
            return true;
        }

        return (type1.IsLeafType() || type2.IsLeafType()) && !ReferenceEquals(type1, type2);
    }

    private CollectedFields CollectFields(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
    {
        if (collectedFields.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }

        var result = new CollectedFields();
        CollectFieldsInto(parentType, selectionSet, result);
        collectedFields[(parentType, selectionSet)] = result;
        return result;
    }

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(TypeFromAst.Resolve(context.Schema, fragment.TypeCondition) as GraphQLNamedType, fragment.SelectionSet);

    private void CollectFieldsInto(GraphQLNamedType? parentType, SelectionSetNode selectionSet, CollectedFields result)
    {
        // Indexed: a foreach over the interface would allocate an enumerator per selection set.
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            var selection = selections[i];
            switch (selection)
            {
                case FieldNode field:
                    result.Add((field.Alias ?? field.Name).Value, new FieldDetails(parentType, field, (parentType as GraphQLImplementingType)?.GetField(field.Name.Value)));
                    break;
                case FragmentSpreadNode spread:
                    if (!result.FragmentNames.Contains(spread.Name.Value))
                    {
                        result.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var fragmentType = inline.TypeCondition is { } condition
                        ? TypeFromAst.Resolve(context.Schema, condition) as GraphQLNamedType
                        : parentType;
                    CollectFieldsInto(fragmentType, inline.SelectionSet, result);
                    break;
            }
        }
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? string.Empty : " and ")
                .Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            Abbreviate(message.ToString()),
            ConflictNodes(node1, conflicts, first: true),
            ConflictNodes(node2, conflicts, first: false));
    }

    // The enclosing field first, then the nested conflicting fields, at most MaxConflictNodes; the deepest ones are kept.
    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            nodes.AddRange(side.Count > remaining ? side.GetRange(side.Count - remaining, remaining) : side);
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private void Spend(int cost)
    {
        remainingBudget -= cost;
        if (remainingBudget < 0)
        {
            throw new ValidationAbortedException(ValidationAbortedException.Aborted);
        }
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>
    /// The fields of a selection set grouped by response name, in first-seen order: each group is a chain of
    /// <see cref="FieldDetails.Next"/> links, so a name with one field (the usual case) costs no list of its own.
    /// </summary>
    private sealed class CollectedFields
    {
        private readonly ResponseNameGroups<(FieldDetails First, FieldDetails Last)> groups = new();

        public int GroupCount => groups.Count;

        public List<string> FragmentNames { get; } = [];

        public (string ResponseName, FieldDetails First) GroupAt(int position) => (groups.NameAt(position), groups[position].First);

        public FieldDetails? Find(string responseName)
        {
            var position = groups.IndexOf(responseName);
            return position < 0 ? null : groups[position].First;
        }

        public void Add(string responseName, FieldDetails field)
        {
            var position = groups.IndexOf(responseName);
            if (position >= 0)
            {
                var group = groups[position];
                group.Last.Next = field;
                groups[position] = group with { Last = field };
                return;
            }

            groups.Add(responseName, (field, field));
        }
    }

    private sealed class FieldDetails(GraphQLNamedType? parentType, FieldNode node, GraphQLField? definition)
    {
        private FieldInfo? info;

        public GraphQLNamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public GraphQLField? Definition { get; } = definition;

        /// <summary>The next field with the same response name in the same collection.</summary>
        public FieldDetails? Next { get; set; }

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        // Prepared only when the field overlaps with another.
        public FieldInfo Info => info ??= new FieldInfo(Definition?.Type.GetNamedType());
    }

    private sealed class FieldInfo(GraphQLNamedType? namedType)
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);

        public GraphQLNamedType? NamedType { get; } = namedType;

        public string? TypeString { get; set; }
    }
}
