using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// Prepared documents by their query text (the dictionary hashes the text and compares it in full on a hit), bounded to
/// <see cref="Capacity"/> entries. Eviction is CLOCK (second chance): a hit marks its entry, and a full cache evicts the first
/// unmarked entry the hand reaches, clearing marks on its way, so the documents clients keep sending stay while one-off documents go.
/// Lookups take no lock; additions and evictions take one. A query string that is the very instance of a recent hit (a transport
/// that keeps one string per query text, a query in a constant) is found by reference before its text is hashed.
/// </summary>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries;
    private readonly Entry?[] _ring;

    /// <summary>Recent hits by the identity of their query string: a small table, so it keeps no more than it holds.</summary>
    private readonly Entry?[] _byReference = new Entry?[64];
    private readonly Lock _lock = new();
    private int _hand;

    public DocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        _ring = new Entry?[capacity];
        _entries = new ConcurrentDictionary<string, Entry>(Environment.ProcessorCount, capacity, StringComparer.Ordinal);
    }

    public int Capacity { get; }

    public int Count => _entries.Count;

    public bool TryGet(string query, [MaybeNullWhen(false)] out PreparedDocument document)
    {
        ArgumentNullException.ThrowIfNull(query);
        ref var recent = ref _byReference[RuntimeHelpers.GetHashCode(query) & (_byReference.Length - 1)];
        var entry = Volatile.Read(ref recent);
        if (entry is null || !ReferenceEquals(entry.Query, query) || entry.Evicted)
        {
            if (!_entries.TryGetValue(query, out var found))
            {
                document = null;
                return false;
            }

            if (!ReferenceEquals(entry, found))
            {
                Volatile.Write(ref recent, found);
            }

            entry = found;
        }

        // Write only when the mark changes: a hot entry read by many threads must not bounce its cache line.
        if (!entry.Referenced)
        {
            entry.Referenced = true;
        }

        document = entry.Document;
        return true;
    }

    /// <summary>
    /// The cached document for <paramref name="query"/>, else what <paramref name="prepare"/> makes of it, added to the cache.
    /// <paramref name="prepare"/> runs outside the lock; when two threads prepare the same text at once, the first one added wins.
    /// </summary>
    public PreparedDocument GetOrAdd(string query, Func<string, PreparedDocument> prepare)
    {
        ArgumentNullException.ThrowIfNull(prepare);
        if (TryGet(query, out var cached))
        {
            return cached;
        }

        var prepared = prepare(query);
        lock (_lock)
        {
            if (_entries.TryGetValue(query, out var existing))
            {
                return existing.Document;
            }

            var slot = FindSlot();
            if (_ring[slot] is { } evicted)
            {
                evicted.Evicted = true;
                _entries.TryRemove(evicted.Query, out _);
            }

            var entry = new Entry(query, prepared);
            _ring[slot] = entry;
            _entries[query] = entry;
            return prepared;
        }
    }

    /// <summary>The CLOCK hand's sweep: a free slot, else the first unmarked entry (marked ones lose their mark and are passed).</summary>
    private int FindSlot()
    {
        while (true)
        {
            var slot = _hand;
            _hand = (_hand + 1) % _ring.Length;
            if (_ring[slot] is not { } entry || !entry.Referenced)
            {
                return slot;
            }

            entry.Referenced = false;
        }
    }

    private sealed class Entry(string query, PreparedDocument document)
    {
        private volatile bool _referenced;
        private volatile bool _evicted;

        public string Query { get; } = query;

        public PreparedDocument Document { get; } = document;

        public bool Referenced
        {
            get => _referenced;
            set => _referenced = value;
        }

        /// <summary>Set when the entry leaves the cache: the reference table must not find it any more.</summary>
        public bool Evicted
        {
            get => _evicted;
            set => _evicted = value;
        }
    }
}
