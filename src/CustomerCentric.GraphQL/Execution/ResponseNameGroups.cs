namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// One group per response name, in first-seen order, as CollectFields groups a selection set's fields: found by scanning
/// while there are few names (the usual selection set), through a dictionary once there are more. Execution's field
/// collector and validation's overlap rule both group this way.
/// </summary>
internal sealed class ResponseNameGroups<TGroup>
{
    private const int MaxScanned = 16;
    private readonly List<(string ResponseName, TGroup Group)> _entries = [];
    private Dictionary<string, int>? _index;

    public int Count => _entries.Count;

    public string NameAt(int position) => _entries[position].ResponseName;

    public TGroup this[int position]
    {
        get => _entries[position].Group;
        set => _entries[position] = (_entries[position].ResponseName, value);
    }

    public void Add(string responseName, TGroup group)
    {
        _entries.Add((responseName, group));
        _index?.Add(responseName, _entries.Count - 1);
    }

    public void Clear()
    {
        _entries.Clear();
        _index = null;
    }

    /// <returns>The group's position, or -1.</returns>
    public int IndexOf(string responseName)
    {
        if (_index is null)
        {
            if (_entries.Count <= MaxScanned)
            {
                for (var i = 0; i < _entries.Count; i++)
                {
                    if (_entries[i].ResponseName == responseName)
                    {
                        return i;
                    }
                }

                return -1;
            }

            _index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _entries.Count; i++)
            {
                _index[_entries[i].ResponseName] = i;
            }
        }

        return _index.TryGetValue(responseName, out var found) ? found : -1;
    }
}
