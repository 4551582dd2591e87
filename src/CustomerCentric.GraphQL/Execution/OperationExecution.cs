using System.Collections;
using System.Text.Json;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Introspection;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// One execution of one operation (spec 6.2-6.4): executes selection sets, resolves and completes field values, and propagates
/// nulls to the nearest nullable parent. Work stays synchronous while resolvers complete synchronously: a field costs no Task then.
/// A resolver that goes asynchronous lets its siblings start (query fields run concurrently); mutation root fields run one after another.
/// </summary>
/// <remarks>
/// Completion returns <see cref="Bubble"/> for "null here, and the parent must become null as well": a non-null position failed and
/// its error has been recorded. Like graphql-js, a synchronous failure of a non-null field stops its remaining siblings from starting.
/// </remarks>
internal sealed class OperationExecution
{
    /// <summary>Marks a null that must propagate to the parent (spec 6.4.4 "Handling Field Errors").</summary>
    private static readonly object Bubble = new();

    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _errorsLock = new();
    private readonly FieldCollector _collector;
    private readonly DocumentPlans _plans;
    private readonly EagerResultWriter? _eager;
    private int _resumed;

    public OperationExecution(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        DocumentPlans plans,
        IReadOnlyDictionary<string, object?> variableValues,
        object? rootValue,
        ExecutionRequest request,
        CancellationToken cancellationToken,
        IDictionary<string, object?>? items = null)
    {
        Schema = schema;
        Operation = operation;
        VariableValues = variableValues;
        RootValue = rootValue;
        RequestServices = request.RequestServices;
        Items = items ?? request.Items ?? new Dictionary<string, object?>(StringComparer.Ordinal);
        AllowIntrospection = request.AllowIntrospection;
        CancellationToken = cancellationToken;
        _plans = plans;
        _collector = new FieldCollector(schema, plans.Fragments, variableValues);
        _eager = request.EagerJson ? new EagerResultWriter(variableValues, _collector, cancellationToken) : null;
    }

    public GraphQLSchema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public object? RootValue { get; }

    public IServiceProvider? RequestServices { get; }

    public IDictionary<string, object?> Items { get; }

    public bool AllowIntrospection { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Whether a field resumed after its resolver's await is completing now: it may still be starting resolvers that ask data loaders
    /// for keys, so the loaders should wait for it to batch them together.
    /// </summary>
    public bool IsCompletingResumedField => Volatile.Read(ref _resumed) > 0;

    /// <summary>spec 6.2 ExecuteQuery / ExecuteMutation / ExecuteSubscriptionEvent: the root selection set; throws for root-level errors.</summary>
    public ValueTask<object?> ExecuteOperation()
    {
        var rootType = Schema.GetRootType(Operation.Operation)
            ?? throw new GraphQLError($"Schema is not configured to execute {OperationName(Operation.Operation)} operation.", [Operation]);
        var plan = _plans.GetRootPlan(Operation, rootType, _collector, VariableValues);
        return Operation.Operation == OperationType.Mutation
            ? ExecuteFieldsSerially(plan, RootValue)
            : ExecuteFields(plan, RootValue, PathPosition.Root());
    }

    /// <summary>The response for what <see cref="ExecuteOperation"/> produced (a nulled root becomes null data).</summary>
    public ExecutionResult BuildResult(object? data) => new()
    {
        Data = data as ResultMap,
        HasData = true,
        Errors = SnapshotErrors(),
        // Every field started has completed now, so nothing writes to the fragments' buffer any more: the result may return it.
        FragmentBuffer = _eager?.Buffer,
    };

    /// <summary>The response when the operation failed as a whole (no root type, root field collection failed).</summary>
    public ExecutionResult BuildResult(GraphQLError error)
    {
        AddError(error);
        return new ExecutionResult { HasData = true, Errors = SnapshotErrors() };
    }

    /// <summary>spec 6.3.1 CreateSourceEventStream: the event stream of the subscription's single root field.</summary>
    public async ValueTask<IAsyncEnumerable<object?>> CreateSourceEventStreamAsync()
    {
        var rootType = Schema.Subscription
            ?? throw new GraphQLError("Schema is not configured to execute subscription operation.", [Operation]);
        var plan = _plans.GetRootPlan(Operation, rootType, _collector, VariableValues);
        var firstNode = plan.FirstFieldNode ?? throw new GraphQLError("The subscription has no field to subscribe to.", [Operation]);
        if (plan.Fields.Length == 0 || !ReferenceEquals(plan.Fields[0].Nodes[0], firstNode))
        {
            throw new GraphQLError($"The subscription field \"{firstNode.Name.Value}\" is not defined.", [firstNode]);
        }

        var field = plan.Fields[0];
        var path = ResponsePath.Root(field.ResponseName, rootType.Name);
        object? stream;
        try
        {
            var arguments = field.GetArguments(VariableValues);
            stream = field.Definition.Subscribe is { } subscribe
                ? await subscribe(new ResolveFieldContext(this, field, RootValue, arguments, path)).ConfigureAwait(false)
                : DefaultFieldResolver.Resolve(RootValue, field.Definition.Name);
            if (stream is Exception failure)
            {
                throw failure;
            }
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            throw Locate(exception, field.Nodes, path);
        }

        return stream as IAsyncEnumerable<object?>
            ?? throw new GraphQLError($"Subscription field must return Async Iterable. Received: {Inspector.Inspect(stream)}.");
    }

    /// <summary>graphql-js <c>locatedError</c>: an error that already has a path stays as it is; others get the field's nodes and path.</summary>
    public static GraphQLError Locate(Exception exception, IReadOnlyList<Node> nodes, ResponsePath? path)
    {
        if (exception is GraphQLError { Path: not null } located)
        {
            return located;
        }

        var original = exception as GraphQLError;
        return original?.Nodes is null && original?.Positions is not null
            ? new GraphQLError(exception.Message, source: original.Source, positions: original.Positions, path: path?.ToList(), originalError: exception)
            : new GraphQLError(exception.Message, original?.Nodes ?? nodes, path: path?.ToList(), originalError: exception);
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    /// <summary>spec 6.3 ExecuteSelectionSet for queries and subscription events: fields may run concurrently.</summary>
    private ValueTask<object?> ExecuteFields(SelectionPlan plan, object? source, PathPosition position)
    {
        var fields = plan.Fields;
        var values = new object?[fields.Length];
        List<(int Index, Task<object?> Task)>? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var execution = field.LeafType is not null && field.Definition.Resolve is null
                ? new ValueTask<object?>(ExecuteLeafField(field, source, position))
                : ExecuteField(field, source, position.Field(field));
            if (!execution.IsCompletedSuccessfully)
            {
                (pending ??= []).Add((i, execution.AsTask()));
                continue;
            }

            var value = execution.Result;
            if (ReferenceEquals(value, Bubble))
            {
                // The object is null: fields not yet started are not executed (as graphql-js), started ones finish first.
                return pending is null ? new ValueTask<object?>(Bubble) : AwaitThenBubble(pending);
            }

            values[i] = value;
        }

        var map = new ResultMap(plan.Shape, values);
        return pending is null ? new ValueTask<object?>(map) : AwaitFields(map, values, pending);
    }

    private static async ValueTask<object?> AwaitFields(ResultMap map, object?[] values, List<(int Index, Task<object?> Task)> pending)
    {
        var bubbled = false;
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            if (ReferenceEquals(value, Bubble))
            {
                bubbled = true;
            }
            else
            {
                values[index] = value;
            }
        }

        return bubbled ? Bubble : map;
    }

    private static async ValueTask<object?> AwaitThenBubble(List<(int Index, Task<object?> Task)> pending)
    {
        foreach (var (_, task) in pending)
        {
            await task.ConfigureAwait(false);
        }

        return Bubble;
    }

    /// <summary>spec 6.3.1 "Normal and Serial Execution": mutation root fields, each completed before the next starts.</summary>
    private async ValueTask<object?> ExecuteFieldsSerially(SelectionPlan plan, object? source)
    {
        var fields = plan.Fields;
        var values = new object?[fields.Length];
        // Each field is awaited before the next starts, so the root's stack is free again after every await.
        var root = PathPosition.Root();
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var value = await ExecuteField(field, source, root.Field(field)).ConfigureAwait(false);
            if (ReferenceEquals(value, Bubble))
            {
                return Bubble;
            }

            values[i] = value;
        }

        return new ResultMap(plan.Shape, values);
    }

    /// <summary>spec 6.4 ExecuteField: coerce arguments, resolve, complete; field errors become null (or <see cref="Bubble"/>).</summary>
    private ValueTask<object?> ExecuteField(CollectedField field, object? source, PathPosition position)
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (field.IsTypeName)
        {
            return new ValueTask<object?>(field.ParentType.Name);
        }

        var definition = field.Definition;
        object? resolved;
        try
        {
            var arguments = field.GetArguments(VariableValues);
            if (definition.Resolve is { } resolve)
            {
                if (!AllowIntrospection && MetaFields.IsSchemaIntrospection(definition))
                {
                    throw new GraphQLError(
                        $"GraphQL introspection has been disabled, but the requested query contained the field \"{definition.Name}\".", field.Nodes);
                }

                var resolution = resolve(new ResolveFieldContext(this, field, source, arguments, position.FieldPath));
                if (!resolution.IsCompletedSuccessfully)
                {
                    return ResolveAndCompleteAsync(field, position.Detach(), resolution);
                }

                resolved = resolution.Result;
            }
            else
            {
                resolved = definition.ResolveSource is { } read ? read(source) : DefaultFieldResolver.Resolve(source, definition.Name);
            }
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new ValueTask<object?>(HandleFieldError(exception, definition.Type, field, position));
        }

        if (_eager is not null && field.LeafType is null && _eager.TryWrite(field, resolved) is { } written)
        {
            return new ValueTask<object?>(written);
        }

        return CompleteField(definition.Type, field, position, resolved);
    }

    /// <summary>
    /// The hot path: a scalar or enum field read from its parent without a resolver. Same semantics as <see cref="ExecuteField"/>,
    /// but the field's position is only entered when it is needed for an error.
    /// </summary>
    private object? ExecuteLeafField(CollectedField field, object? source, PathPosition parent)
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (field.IsTypeName)
        {
            return field.ParentType.Name;
        }

        var definition = field.Definition;
        try
        {
            field.GetArguments(VariableValues);
            var resolved = definition.ResolveSource is { } read ? read(source) : DefaultFieldResolver.Resolve(source, definition.Name);
            if (resolved is Exception failure)
            {
                throw failure;
            }

            if (resolved is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
            {
                return definition.Type is GraphQLNonNull ? EnsureNonNull(null, field) : null;
            }

            return CompleteLeafValue(field.LeafType!, resolved);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, definition.Type, field, parent.Field(field));
        }
    }

    private async ValueTask<object?> ResolveAndCompleteAsync(CollectedField field, PathPosition position, ValueTask<object?> resolution)
    {
        object? resolved;
        try
        {
            resolved = await resolution.ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, field.Definition.Type, field, position);
        }

        if (_eager is not null && field.LeafType is null && _eager.TryWrite(field, resolved) is { } written)
        {
            return written;
        }

        ValueTask<object?> completion;
        Interlocked.Increment(ref _resumed);
        try
        {
            completion = CompleteField(field.Definition.Type, field, position, resolved);
        }
        finally
        {
            Interlocked.Decrement(ref _resumed);
        }

        return await completion.ConfigureAwait(false);
    }

    /// <summary>CompleteValue where errors are handled: at a field, and at each list item.</summary>
    private ValueTask<object?> CompleteField(GraphQLType type, CollectedField field, PathPosition position, object? resolved)
    {
        ValueTask<object?> completion;
        try
        {
            completion = CompleteValue(type, field, position, resolved);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new ValueTask<object?>(HandleFieldError(exception, type, field, position));
        }

        if (completion.IsCompletedSuccessfully)
        {
            var value = completion.Result;
            return new ValueTask<object?>(ReferenceEquals(value, Bubble) && type is not GraphQLNonNull ? null : value);
        }

        return AwaitCompletion(completion, type, field, position.FieldPath);
    }

    private async ValueTask<object?> AwaitCompletion(ValueTask<object?> completion, GraphQLType type, CollectedField field, ResponsePath path)
    {
        try
        {
            var value = await completion.ConfigureAwait(false);
            return ReferenceEquals(value, Bubble) && type is not GraphQLNonNull ? null : value;
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, type, field, path);
        }
    }

    /// <summary>spec 6.4.3 CompleteValue. Throws for field errors; returns <see cref="Bubble"/> when a non-null descendant failed.</summary>
    private ValueTask<object?> CompleteValue(GraphQLType type, CollectedField field, PathPosition position, object? result)
    {
        if (result is Exception failure)
        {
            throw failure;
        }

        if (type is GraphQLNonNull nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, field, position, result);
            return inner.IsCompletedSuccessfully
                ? new ValueTask<object?>(EnsureNonNull(inner.Result, field))
                : AwaitNonNull(inner, field);
        }

        if (result is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            return new ValueTask<object?>((object?)null);
        }

        // Sealed classes first: an exact type test is cheaper than an interface test, and leaves without a resolver seldom get here.
        return type switch
        {
            GraphQLObjectType objectType => CompleteObjectValue(objectType, field, position, result),
            GraphQLList list => CompleteListValue(list, field, position, result),
            IGraphQLLeafType leaf => new ValueTask<object?>(CompleteLeafValue(leaf, result)),
            IGraphQLAbstractType abstractType => CompleteAbstractValue(abstractType, field, position, result),
            _ => throw new InvalidOperationException($"Cannot complete value of unexpected output type: {type}."),
        };
    }

    private static object? EnsureNonNull(object? value, CollectedField field) =>
        value ?? throw new GraphQLError($"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Definition.Name}.");

    private static async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, CollectedField field) =>
        EnsureNonNull(await inner.ConfigureAwait(false), field);

    internal static object CompleteLeafValue(IGraphQLLeafType leaf, object result)
    {
        // A built-in scalar gives back a value that already has its CLR type unchanged (the same box): skip the call.
        switch (result)
        {
            case string when ReferenceEquals(leaf, SpecifiedScalars.String) || ReferenceEquals(leaf, SpecifiedScalars.ID):
            case int when ReferenceEquals(leaf, SpecifiedScalars.Int):
            case bool when ReferenceEquals(leaf, SpecifiedScalars.Boolean):
            case double number when double.IsFinite(number) && ReferenceEquals(leaf, SpecifiedScalars.Float):
                return result;
        }

        var input = result is JsonElement element ? JsonValues.ToClr(element) : result;
        return leaf.Serialize(input)
            ?? throw new GraphQLError(
                $"Expected `{leaf.Name}.serialize({Inspector.Inspect(input)})` to return non-nullable value, returned: null");
    }

    private ValueTask<object?> CompleteListValue(GraphQLList listType, CollectedField field, PathPosition position, object result)
    {
        object?[]? fixedItems;
        switch (result)
        {
            case List<object?> list:
                // What parsed JSON and most resolvers give: known without the interface tests below.
                fixedItems = new object?[list.Count];
                break;
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                fixedItems = new object?[array.GetArrayLength()];
                break;
            case string or IDictionary or IReadOnlyDictionary<string, object?> or JsonElement or not IEnumerable:
                // Strings and objects are not iterable in JavaScript either.
                throw new GraphQLError($"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Definition.Name}\".");
            case ICollection collection:
                fixedItems = new object?[collection.Count];
                break;
            default:
                fixedItems = null;
                break;
        }

        var growingItems = fixedItems is null ? new List<object?>() : null;
        var itemType = listType.OfType;
        List<(int Index, Task<object?> Task)>? pending = null;
        if (result is IList<object?> indexed && fixedItems is not null)
        {
            // A list read by index costs no enumerator.
            for (var index = 0; index < fixedItems.Length; index++)
            {
                if (!CompleteItem(itemType, field, position, index, indexed[index], fixedItems, null, ref pending))
                {
                    return pending is null ? new ValueTask<object?>(Bubble) : AwaitThenBubble(pending);
                }
            }
        }
        else if (result is IList untyped && fixedItems is not null)
        {
            // Typed lists and arrays (List<Customer>, Touchpoint[]) read by index as well.
            for (var index = 0; index < fixedItems.Length; index++)
            {
                if (!CompleteItem(itemType, field, position, index, untyped[index], fixedItems, null, ref pending))
                {
                    return pending is null ? new ValueTask<object?>(Bubble) : AwaitThenBubble(pending);
                }
            }
        }
        else
        {
            var index = 0;
            foreach (var item in EnumerateItems(result))
            {
                if (!CompleteItem(itemType, field, position, index++, item, fixedItems, growingItems, ref pending))
                {
                    return pending is null ? new ValueTask<object?>(Bubble) : AwaitThenBubble(pending);
                }
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(fixedItems ?? growingItems!.ToArray());
        }

        return AwaitItems(fixedItems, growingItems, pending);
    }

    /// <summary>Completes one list item into its slot; false when it must null the whole list (<see cref="Bubble"/>).</summary>
    private bool CompleteItem(
        GraphQLType itemType, CollectedField field, PathPosition position, int index, object? item,
        object?[]? fixedItems, List<object?>? growingItems, ref List<(int Index, Task<object?> Task)>? pending)
    {
        var completion = CompleteField(itemType, field, position.Index(index), item);
        object? value = null;
        if (completion.IsCompletedSuccessfully)
        {
            value = completion.Result;
            if (ReferenceEquals(value, Bubble))
            {
                return false;
            }
        }
        else
        {
            (pending ??= []).Add((index, completion.AsTask()));
        }

        if (fixedItems is not null)
        {
            fixedItems[index] = value;
        }
        else
        {
            growingItems!.Add(value);
        }

        return true;
    }

    private static IEnumerable<object?> EnumerateItems(object list)
    {
        if (list is JsonElement array)
        {
            foreach (var item in array.EnumerateArray())
            {
                yield return DefaultFieldResolver.FromJson(item);
            }

            yield break;
        }

        foreach (var item in (IEnumerable)list)
        {
            yield return item;
        }
    }

    private static async ValueTask<object?> AwaitItems(object?[]? fixedItems, List<object?>? growingItems, List<(int Index, Task<object?> Task)> pending)
    {
        var bubbled = false;
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            if (ReferenceEquals(value, Bubble))
            {
                bubbled = true;
            }
            else if (fixedItems is not null)
            {
                fixedItems[index] = value;
            }
            else
            {
                growingItems![index] = value;
            }
        }

        return bubbled ? Bubble : fixedItems ?? growingItems!.ToArray();
    }

    private ValueTask<object?> CompleteAbstractValue(IGraphQLAbstractType abstractType, CollectedField field, PathPosition position, object result)
    {
        if (abstractType.ResolveType is { } resolveType)
        {
            var context = CreateContext(field, result, position);
            var resolution = resolveType(result, context, (GraphQLNamedType)abstractType);
            if (!resolution.IsCompletedSuccessfully)
            {
                return CompleteAbstractValueAsync(abstractType, field, position.Detach(), result, resolution);
            }

            return CompleteObjectValue(EnsureValidRuntimeType(resolution.Result, abstractType, field), field, position, result);
        }

        var runtimeTypeName = DefaultTypeResolver(abstractType, field, position, result);
        return CompleteObjectValue(EnsureValidRuntimeType(runtimeTypeName, abstractType, field), field, position, result);
    }

    private async ValueTask<object?> CompleteAbstractValueAsync(
        IGraphQLAbstractType abstractType, CollectedField field, PathPosition position, object result, ValueTask<string?> resolution)
    {
        var runtimeType = EnsureValidRuntimeType(await resolution.ConfigureAwait(false), abstractType, field);
        return await CompleteObjectValue(runtimeType, field, position, result).ConfigureAwait(false);
    }

    /// <summary>graphql-js <c>defaultTypeResolver</c>: the value's <c>__typename</c>, else the first possible type whose <c>IsTypeOf</c> accepts it.</summary>
    private string? DefaultTypeResolver(IGraphQLAbstractType abstractType, CollectedField field, PathPosition position, object result)
    {
        switch (result)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } element
                when element.TryGetProperty("__typename", out var typeName) && typeName.ValueKind == JsonValueKind.String:
                return typeName.GetString();
            case IReadOnlyDictionary<string, object?> readOnly when readOnly.TryGetValue("__typename", out var name) && name is string text:
                return text;
            case IDictionary<string, object?> dictionary when dictionary.TryGetValue("__typename", out var name) && name is string text:
                return text;
        }

        IResolveFieldContext? context = null;
        foreach (var possibleType in Schema.GetPossibleTypes(abstractType))
        {
            if (possibleType.IsTypeOf is { } isTypeOf && isTypeOf(result, context ??= CreateContext(field, result, position)))
            {
                return possibleType.Name;
            }
        }

        return null;
    }

    private GraphQLObjectType EnsureValidRuntimeType(string? runtimeTypeName, IGraphQLAbstractType abstractType, CollectedField field)
    {
        if (runtimeTypeName is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.Definition.Name}\". "
                + $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                field.Nodes);
        }

        var runtimeType = Schema.GetType(runtimeTypeName)
            ?? throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtimeTypeName}\" that does not exist inside the schema.", field.Nodes);
        if (runtimeType is not GraphQLObjectType objectType)
        {
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{runtimeTypeName}\".", field.Nodes);
        }

        if (!Schema.IsSubType(abstractType, objectType))
        {
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", field.Nodes);
        }

        return objectType;
    }

    private ValueTask<object?> CompleteObjectValue(GraphQLObjectType objectType, CollectedField field, PathPosition position, object result)
    {
        if (objectType.RuntimeType is { } runtimeType
                ? result.GetType() != runtimeType && !runtimeType.IsInstanceOfType(result)
                : objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result, CreateContext(field, result, position)))
        {
            throw new GraphQLError($"Expected value of type \"{objectType.Name}\" but got: {Inspector.Inspect(result)}.", field.Nodes);
        }

        return ExecuteFields(field.GetSubPlan(_collector, objectType), result, position);
    }

    private ResolveFieldContext CreateContext(CollectedField field, object? source, PathPosition position) =>
        new(this, field, source, field.GetArguments(VariableValues), position.FieldPath);

    /// <summary>spec 6.4.4: records the error; the position becomes null, or <see cref="Bubble"/> when its type is non-null.</summary>
    private object? HandleFieldError(Exception exception, GraphQLType returnType, CollectedField field, PathPosition position) =>
        HandleFieldError(exception, returnType, field, position.FieldPath);

    private object? HandleFieldError(Exception exception, GraphQLType returnType, CollectedField field, ResponsePath path)
    {
        AddError(Locate(exception, field.Nodes, path));
        return returnType is GraphQLNonNull ? Bubble : null;
    }

    private void AddError(GraphQLError error)
    {
        lock (_errorsLock)
        {
            _errors.Add(error);
        }
    }

    private IReadOnlyList<GraphQLError>? SnapshotErrors()
    {
        lock (_errorsLock)
        {
            return _errors.Count == 0 ? null : [.. _errors];
        }
    }

    /// <summary>Our own cancellation (the caller's token or the timeout) aborts execution; any other exception is a field error.</summary>
    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && CancellationToken.IsCancellationRequested;
}
