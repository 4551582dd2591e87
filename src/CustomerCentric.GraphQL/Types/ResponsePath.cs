namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// Where a value sits in the response (spec 7.1.2 "path"): a linked list from the leaf back to the root, so adding a
/// step costs one small allocation. Keys are response names (<see cref="string"/>) or list indices (<see cref="int"/>).
/// </summary>
public sealed class ResponsePath
{
    /// <summary>Boxed list indices shared by every path: list items are frequent, and their keys never change.</summary>
    private static readonly object[] SmallIndices = [.. Enumerable.Range(0, 1024).Select(index => (object)index)];

    private ResponsePath(ResponsePath? prev, object key, string? typeName)
    {
        Prev = prev;
        Key = key;
        TypeName = typeName;
    }

    public ResponsePath? Prev { get; }

    /// <summary>A response name (<see cref="string"/>) or a list index (<see cref="int"/>).</summary>
    public object Key { get; }

    /// <summary>The parent object type's name for field steps; null for list indices.</summary>
    public string? TypeName { get; }

    public static ResponsePath Root(string responseName, string? typeName) => new(null, responseName, typeName);

    /// <summary>A path that starts with a list index (a list-typed variable's items).</summary>
    public static ResponsePath Root(int index) => new(null, index, null);

    public ResponsePath Field(string responseName, string? typeName) => new(this, responseName, typeName);

    public ResponsePath Index(int index) => new(this, (uint)index < (uint)SmallIndices.Length ? SmallIndices[index] : index, null);

    /// <summary>The keys from the root to this step, as the <c>path</c> entry of an error wants them.</summary>
    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; p is not null; p = p.Prev)
        {
            depth++;
        }

        var keys = new object[depth];
        for (var p = this; p is not null; p = p.Prev)
        {
            keys[--depth] = p.Key;
        }

        return keys;
    }

    public override string ToString() => string.Join('.', ToList());
}
