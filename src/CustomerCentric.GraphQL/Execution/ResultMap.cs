using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// One object of the response's <c>data</c>: response names (shared by every object of the same selection, see <see cref="ResultShape"/>)
/// and values in response order. Values are null, JSON-ready leaf values, nested <see cref="ResultMap"/>s and lists (<c>object?[]</c>).
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly object?[] _values;

    internal ResultMap(ResultShape shape, object?[] values)
    {
        Shape = shape;
        _values = values;
    }

    public ResultShape Shape { get; }

    public int Count => _values.Length;

    public IEnumerable<string> Keys => Shape.Names;

    public IEnumerable<object?> Values => _values;

    internal object?[] RawValues => _values;

    public object? this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The result has no field \"{key}\".");

    public bool ContainsKey(string key) => Shape.IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Shape.IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(Shape.Names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
