using System.Collections;
using System.Text.Json;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// Writes a field's completed value as JSON while it executes (<see cref="GraphQLExecutorOptions.EagerJson"/>), when everything
/// below it reads plain values: no resolvers (only <see cref="GraphQLField.ResolveSource"/> or the default resolver), object
/// types without abstract types or context-bound <c>IsTypeOf</c>, lists that are <see cref="IList"/>s. The result then holds one
/// <see cref="JsonFragment"/> instead of a tree of maps and lists, and the writer copies it.
/// </summary>
/// <remarks>
/// Anything else gives up: the bytes written for the field are cut off and the general execution runs the field again, which
/// is safe because nothing written here has side effects (plain reads, serializers). Errors (a null in a non-null position, a
/// throwing read) give up the same way, so the general execution reports them with their paths and nulls exactly as always.
/// A field whose selection cannot be written this way is remembered and not tried again. One subtree is written at a time
/// (fields that resume after an await may complete concurrently); the others take the general way meanwhile.
/// </remarks>
internal sealed class EagerResultWriter(IReadOnlyDictionary<string, object?> variables, FieldCollector collector, CancellationToken cancellationToken)
{
    private JsonFragmentBuffer? _buffer;
    private int _busy;

    private enum Outcome
    {
        Written,

        /// <summary>An error the general execution must report.</summary>
        Failed,

        /// <summary>Something this writer does not do (a resolver, an abstract type...): the field is not tried again.</summary>
        Unsupported,
    }

    /// <summary>The buffer the fragments were written to, if any: the result owns it once the execution completed.</summary>
    public JsonFragmentBuffer? Buffer => _buffer;

    /// <summary>The field's completed value as a fragment, or null when the general execution must complete it.</summary>
    public JsonFragment? TryWrite(CollectedField field, object? resolved)
    {
        if (field.EagerJsonUnsupported || Interlocked.CompareExchange(ref _busy, 1, 0) != 0)
        {
            return null;
        }

        // Made at the first field written this way: an execution without one rents nothing.
        var buffer = _buffer ??= new JsonFragmentBuffer();
        var start = buffer.WrittenCount;
        var writer = new Utf8ResponseWriter(buffer);
        Outcome outcome;
        try
        {
            outcome = WriteValue(ref writer, field.Definition.Type, field, resolved);
        }
        catch (Exception)
        {
            // The general execution runs the field again and reports the error (or the cancellation) as it always does.
            outcome = Outcome.Failed;
        }

        writer.Commit();
        JsonFragment? fragment = null;
        if (outcome == Outcome.Written)
        {
            fragment = new JsonFragment(buffer, start, buffer.WrittenCount - start);
        }
        else
        {
            buffer.Truncate(start);
            field.EagerJsonUnsupported |= outcome == Outcome.Unsupported;
        }

        Volatile.Write(ref _busy, 0);
        return fragment;
    }

    private Outcome WriteValue(ref Utf8ResponseWriter writer, GraphQLType type, CollectedField field, object? value)
    {
        // The common object, exactly its type's CLR type: not null, not an error, so none of the checks below (a type test for
        // Exception walks the value's class hierarchy, for every object of every list).
        var nullableType = type is GraphQLNonNull wrapped ? wrapped.OfType : type;
        if (nullableType is GraphQLObjectType { PlainRuntimeType: true } plainType && value is not null && value.GetType() == plainType.RuntimeType)
        {
            return WriteFields(ref writer, plainType, field, value);
        }

        if (value is Exception)
        {
            return Outcome.Failed;
        }

        var isNull = value is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined };
        if (type is GraphQLNonNull nonNull)
        {
            if (isNull)
            {
                return Outcome.Failed;
            }

            type = nonNull.OfType;
        }
        else if (isNull)
        {
            writer.WriteRaw("null"u8);
            return Outcome.Written;
        }

        switch (type)
        {
            case GraphQLObjectType objectType:
                return WriteObject(ref writer, objectType, field, value!);
            case GraphQLList list:
                return WriteList(ref writer, list, field, value!);
            case IGraphQLLeafType leaf:
                return writer.TryWriteLeaf(OperationExecution.CompleteLeafValue(leaf, value!)) ? Outcome.Written : Outcome.Unsupported;
            default:
                return Outcome.Unsupported;
        }
    }

    private Outcome WriteObject(ref Utf8ResponseWriter writer, GraphQLObjectType objectType, CollectedField field, object source)
    {
        if (objectType.RuntimeType is { } runtimeType)
        {
            if (source.GetType() != runtimeType && !runtimeType.IsInstanceOfType(source))
            {
                return Outcome.Failed;
            }
        }
        else if (objectType.IsTypeOf is not null)
        {
            return Outcome.Unsupported;
        }

        return WriteFields(ref writer, objectType, field, source);
    }

    /// <summary>The object's fields, once <paramref name="source"/> is known to be a value of <paramref name="objectType"/>.</summary>
    private Outcome WriteFields(ref Utf8ResponseWriter writer, GraphQLObjectType objectType, CollectedField field, object source)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Outcome.Failed;
        }

        var plan = field.GetSubPlan(collector, objectType);
        var fields = plan.Fields;
        if (fields.Length == 0)
        {
            writer.WriteRaw("{}"u8);
            return Outcome.Written;
        }

        var prefixes = plan.Shape.PropertyPrefixes;
        for (var i = 0; i < fields.Length; i++)
        {
            writer.WriteRaw(prefixes[i]);
            var subField = fields[i];
            if (subField.IsTypeName)
            {
                writer.WriteString(subField.ParentType.Name);
                continue;
            }

            var definition = subField.Definition;
            if (definition.Resolve is not null)
            {
                return Outcome.Unsupported;
            }

            subField.GetArguments(variables);
            if (subField.TypedLeaf is { } typed)
            {
                var written = typed.Write(source, ref writer);
                if (written == TypedLeafWriter.Result.Written)
                {
                    continue;
                }

                if (written == TypedLeafWriter.Result.Null)
                {
                    if (definition.Type is GraphQLNonNull)
                    {
                        return Outcome.Failed;
                    }

                    writer.WriteRaw("null"u8);
                    continue;
                }
            }

            var value = definition.ResolveSource is { } read ? read(source) : DefaultFieldResolver.Resolve(source, definition.Name);
            var outcome = subField.LeafType is { } leaf && value is not (null or Exception or JsonElement)
                ? writer.TryWriteLeaf(OperationExecution.CompleteLeafValue(leaf, value)) ? Outcome.Written : Outcome.Unsupported
                : WriteValue(ref writer, definition.Type, subField, value);
            if (outcome != Outcome.Written)
            {
                return outcome;
            }
        }

        writer.WriteByte((byte)'}');
        return Outcome.Written;
    }

    private Outcome WriteList(ref Utf8ResponseWriter writer, GraphQLList listType, CollectedField field, object value)
    {
        // Only lists that hold their items: an enumerable might not give the same items to the general execution again.
        if (value is not IList items)
        {
            return Outcome.Unsupported;
        }

        writer.WriteByte((byte)'[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteByte((byte)',');
            }

            var outcome = WriteValue(ref writer, listType.OfType, field, items[i]);
            if (outcome != Outcome.Written)
            {
                return outcome;
            }
        }

        writer.WriteByte((byte)']');
        return Outcome.Written;
    }
}
