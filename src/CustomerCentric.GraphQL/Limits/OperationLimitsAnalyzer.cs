using System.Globalization;
using System.Text.Json;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Limits;

/// <summary>
/// Measures an operation before execution (depth, cost, aliases, root fields) and reports each exceeded <see cref="OperationLimits"/>
/// as a <see cref="GraphQLError"/> with <c>extensions.code</c> (<c>MAX_DEPTH_EXCEEDED</c>, <c>MAX_COST_EXCEEDED</c>,
/// <c>MAX_ALIASES_EXCEEDED</c>, <c>MAX_ROOT_FIELDS_EXCEEDED</c>) and a location.
/// <list type="bullet">
/// <item>Cost: a field costs its <see cref="CostMetadata.CostKey"/> (else <see cref="OperationLimits.DefaultFieldCost"/>) plus, for a list field,
/// its subtree's cost times its page size: the <see cref="CostMetadata.ListSizeKey"/> argument or <c>first</c>/<c>last</c>/<c>limit</c>/<c>take</c>
/// (a literal, a variable's value or default, else the argument's default), else <see cref="OperationLimits.DefaultListSize"/>.
/// Fragments on different types of an abstract field are added up (an upper bound).</item>
/// <item>Fragments are expanded and measured once each; a spread cycle (a validation error) is cut rather than followed.
/// Fields under a literal or variable <c>@skip(if: true)</c> / <c>@include(if: false)</c> do not count.</item>
/// <item>Introspection: <c>__typename</c> is free; <c>__schema</c> and <c>__type</c> cost 1 and count as depth 1, whatever they select.</item>
/// </list>
/// </summary>
public sealed class OperationLimitsAnalyzer
{
    private static readonly string[] PageSizeArguments = ["first", "last", "limit", "take"];

    // Beyond this nesting the walk stops descending (fragment chains could otherwise exhaust the stack); the depth limit is exceeded anyway.
    private const int MaxWalkDepth = 512;

    private readonly GraphQLSchema _schema;
    private readonly OperationLimits _limits;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly OperationDefinitionNode _operation;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Depth, long Cost)> _measuredFragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fragmentsInProgress = new(StringComparer.Ordinal);
    private int _aliases;
    private Node? _aliasBeyondLimit;
    private FieldNode? _fieldBeyondDepth;

    private OperationLimitsAnalyzer(GraphQLSchema schema, OperationDefinitionNode operation, DocumentNode document, IReadOnlyDictionary<string, object?>? variables, OperationLimits limits)
    {
        _schema = schema;
        _operation = operation;
        _limits = limits;
        _variables = variables ?? new Dictionary<string, object?>();
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            _fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    /// <summary>Measures the operation named <paramref name="operationName"/> (or the only one) of <paramref name="document"/>.</summary>
    public static OperationAnalysis Analyze(
        GraphQLSchema schema,
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        OperationLimits limits)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(limits);
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        if (operation is null)
        {
            var message = operationName is null ? "Must provide operation name if query contains multiple operations." : $"Unknown operation named \"{operationName}\".";
            return new OperationAnalysis([new GraphQLError(message)], 0, 0, 0, 0);
        }

        return new OperationLimitsAnalyzer(schema, operation, document, variables, limits).Run();
    }

    private OperationAnalysis Run()
    {
        var root = _schema.GetRootType(_operation.Operation);
        var (depth, cost) = Measure(_operation.SelectionSet, root, 0);
        var rootFields = CountRootFields(_operation.SelectionSet, root, []);
        var errors = new List<GraphQLError>();
        if (_limits.MaxDepth is { } maxDepth && depth > maxDepth)
        {
            errors.Add(Error(
                $"The operation has a depth of {depth}, more than the allowed {maxDepth}.", "MAX_DEPTH_EXCEEDED", (Node?)_fieldBeyondDepth ?? _operation, depth, maxDepth));
        }

        if (_limits.MaxCost is { } maxCost && cost > maxCost)
        {
            errors.Add(Error($"The operation has an estimated cost of {cost}, more than the allowed {maxCost}.", "MAX_COST_EXCEEDED", _operation, cost, maxCost));
        }

        if (_limits.MaxAliases is { } maxAliases && _aliases > maxAliases)
        {
            errors.Add(Error($"The operation uses {_aliases} aliases, more than the allowed {maxAliases}.", "MAX_ALIASES_EXCEEDED", _aliasBeyondLimit ?? _operation, _aliases, maxAliases));
        }

        if (_limits.MaxRootFields is { } maxRootFields && rootFields > maxRootFields)
        {
            errors.Add(Error($"The operation selects {rootFields} root fields, more than the allowed {maxRootFields}.", "MAX_ROOT_FIELDS_EXCEEDED", _operation, rootFields, maxRootFields));
        }

        return new OperationAnalysis(errors, depth, cost, _aliases, rootFields);
    }

    private static GraphQLError Error(string message, string code, Node node, long actual, long allowed) =>
        new(message, [node], extensions: new Dictionary<string, object?> { ["code"] = code, ["actual"] = actual, ["allowed"] = allowed });

    /// <summary>The depth (below <paramref name="parentDepth"/>) and cost of a selection set.</summary>
    private (int Depth, long Cost) Measure(SelectionSetNode selectionSet, GraphQLNamedType? parentType, int parentDepth)
    {
        var depth = 0;
        long cost = 0;
        foreach (var selection in selectionSet.Selections)
        {
            if (IsSkipped(selection))
            {
                continue;
            }

            (int Depth, long Cost) measured = selection switch
            {
                FieldNode field => MeasureField(field, parentType, parentDepth),
                InlineFragmentNode inline => Measure(inline.SelectionSet, inline.TypeCondition is null ? parentType : _schema.GetType(inline.TypeCondition.Name.Value), parentDepth),
                FragmentSpreadNode spread => MeasureFragment(spread.Name.Value, parentDepth),
                _ => (0, 0),
            };
            depth = Math.Max(depth, measured.Depth);
            cost = Add(cost, measured.Cost);
        }

        return (depth, cost);
    }

    private (int Depth, long Cost) MeasureField(FieldNode node, GraphQLNamedType? parentType, int parentDepth)
    {
        if (node.Alias is not null && ++_aliases == (_limits.MaxAliases ?? int.MaxValue) + 1L)
        {
            _aliasBeyondLimit = node.Alias;
        }

        var name = node.Name.Value;
        if (name == "__typename")
        {
            return (0, 0);
        }

        if (name is "__schema" or "__type")
        {
            return (1, 1);
        }

        var depth = parentDepth + 1;
        if (_fieldBeyondDepth is null && _limits.MaxDepth is { } maxDepth && depth == maxDepth + 1)
        {
            _fieldBeyondDepth = node;
        }

        var field = (parentType as GraphQLImplementingType)?.GetField(name);
        long fieldCost = field is not null && field.Metadata.TryGetValue(CostMetadata.CostKey, out var annotation) && annotation is int annotated ? annotated : _limits.DefaultFieldCost;
        if (node.SelectionSet is null || depth >= MaxWalkDepth)
        {
            return (1, fieldCost);
        }

        var (childDepth, childCost) = Measure(node.SelectionSet, field?.Type.GetNamedType(), depth);
        var multiplier = field is not null && IsList(field.Type) ? PageSize(node, field) : 1;
        return (childDepth + 1, Add(fieldCost, Multiply(childCost, multiplier)));
    }

    private (int Depth, long Cost) MeasureFragment(string name, int parentDepth)
    {
        if (_measuredFragments.TryGetValue(name, out var measured))
        {
            return measured;
        }

        if (!_fragments.TryGetValue(name, out var fragment) || !_fragmentsInProgress.Add(name))
        {
            // Unknown fragments and spread cycles are validation errors; they add nothing here.
            return (0, 0);
        }

        measured = Measure(fragment.SelectionSet, _schema.GetType(fragment.TypeCondition.Name.Value), parentDepth);
        _fragmentsInProgress.Remove(name);
        _measuredFragments[name] = measured;
        return measured;
    }

    private int CountRootFields(SelectionSetNode selectionSet, GraphQLNamedType? rootType, HashSet<string> visited)
    {
        var count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            if (IsSkipped(selection))
            {
                continue;
            }

            count += selection switch
            {
                FieldNode { Name.Value: "__typename" } => 0,
                FieldNode => 1,
                InlineFragmentNode inline => CountRootFields(inline.SelectionSet, rootType, visited),
                FragmentSpreadNode spread when _fragments.TryGetValue(spread.Name.Value, out var fragment) && visited.Add(spread.Name.Value) =>
                    CountRootFields(fragment.SelectionSet, rootType, visited),
                _ => 0,
            };
        }

        return count;
    }

    private static bool IsList(GraphQLType type) => (type is GraphQLNonNull nonNull ? nonNull.OfType : type) is GraphQLList;

    private long PageSize(FieldNode node, GraphQLField field)
    {
        field.Metadata.TryGetValue(CostMetadata.ListSizeKey, out var listSize);
        if (listSize is int fixedSize)
        {
            return fixedSize;
        }

        long? size = null;
        foreach (var argumentName in listSize is string named ? [named] : PageSizeArguments)
        {
            if (field.GetArgument(argumentName) is not { } argument)
            {
                continue;
            }

            var given = node.Arguments.FirstOrDefault(a => a.Name.Value == argumentName)?.Value;
            var value = given is null ? (argument.HasDefaultValue ? ToNumber(argument.DefaultValue) : null) : ValueOf(given);
            if (value is { } found)
            {
                size = Math.Max(size ?? 0, found);
            }
        }

        return Math.Max(0, size ?? _limits.DefaultListSize);
    }

    private long? ValueOf(ValueNode value) => value switch
    {
        IntValueNode literal => long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : long.MaxValue,
        VariableNode variable => VariableValue(variable.Name.Value),
        _ => null,
    };

    private long? VariableValue(string name)
    {
        if (_variables.TryGetValue(name, out var provided))
        {
            return ToNumber(provided);
        }

        var definition = _operation.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == name);
        return definition?.DefaultValue is { } defaultValue ? ValueOf(defaultValue) : null;
    }

    private static long? ToNumber(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d when double.IsFinite(d) => d >= long.MaxValue ? long.MaxValue : (long)d,
        JsonElement { ValueKind: JsonValueKind.Number } element => element.TryGetInt64(out var number) ? number : long.MaxValue,
        _ => null,
    };

    private bool IsSkipped(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value;
            var value = condition switch
            {
                BooleanValueNode literal => literal.Value,
                VariableNode variable => _variables.GetValueOrDefault(variable.Name.Value) switch
                {
                    bool b => b,
                    JsonElement { ValueKind: JsonValueKind.True } => true,
                    JsonElement { ValueKind: JsonValueKind.False } => false,
                    _ => (bool?)null,
                },
                _ => null,
            };
            if ((directive.Name.Value == "skip" && value == true) || (directive.Name.Value == "include" && value == false))
            {
                return true;
            }
        }

        return false;
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
}
