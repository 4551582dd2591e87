using System.Reflection;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// A field bound to a CLR property (code-first): the property and the boxed read compiled for it. Response writers use it
/// only while <see cref="GraphQLField.ResolveSource"/> is still <see cref="Read"/> (schema code may bind the field anew), to
/// write scalar and enum values without boxing them (<see cref="TypedLeafWriter"/>).
/// </summary>
internal sealed class PropertyRead(PropertyInfo property, SourceFieldResolver read)
{
    // The typed writer for the field's leaf type once made (reflection and a compiled delegate: once per field, not per
    // document), or the leaf type itself when there is none. One reference, so a reader sees a consistent pair.
    private object? _leafWriter;

    public PropertyInfo Property { get; } = property;

    public SourceFieldResolver Read { get; } = read;

    public TypedLeafWriter? LeafWriter(IGraphQLLeafType leaf)
    {
        var cached = _leafWriter;
        if (cached is TypedLeafWriter writer && ReferenceEquals(writer.Leaf, leaf))
        {
            return writer;
        }

        if (ReferenceEquals(cached, leaf))
        {
            return null;
        }

        var created = TypedLeafWriter.Create(Property, leaf);
        _leafWriter = (object?)created ?? leaf;
        return created;
    }
}
