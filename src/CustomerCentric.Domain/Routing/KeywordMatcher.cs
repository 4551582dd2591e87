namespace CustomerCentric.Domain.Routing;

/// <summary>
/// Finds every keyword of a rule set in one pass over a text (Aho-Corasick compiled to a table automaton), ignoring case,
/// and sets bit <c>keywordId</c> of a caller-provided bitset for each keyword found. No allocation per scan.
/// </summary>
internal sealed class KeywordMatcher
{
    private readonly int[] _asciiClass = new int[128];
    private readonly char[] _otherChars;      // the non-ASCII part of the alphabet, sorted for binary search
    private readonly int[] _otherClass;       // their classes
    private readonly int _width;              // alphabet size + 1 (class 0: a character no keyword uses)
    private readonly int[] _rows;             // [row of state + class] -> row of next state (state * _width), complemented when it ends keywords
    private readonly int[] _outputStart;      // per state, into _outputs (keywords ending here, failure chain included)
    private readonly int[] _outputCount;
    private readonly int[] _outputs;

    public KeywordMatcher(IReadOnlyList<string> lowerCaseKeywords)
    {
        KeywordCount = lowerCaseKeywords.Count;

        var alphabet = lowerCaseKeywords.SelectMany(k => k).Distinct().Order().ToArray();
        var classOf = new Dictionary<char, int>();
        for (var i = 0; i < alphabet.Length; i++)
            classOf[alphabet[i]] = i + 1;
        foreach (var (ch, cls) in classOf.Where(p => p.Key < 128))
            _asciiClass[ch] = cls;
        _otherChars = alphabet.Where(c => c >= 128).ToArray();
        _otherClass = _otherChars.Select(c => classOf[c]).ToArray();
        _width = alphabet.Length + 1;

        // Trie.
        var children = new List<Dictionary<int, int>> { new() };
        var ends = new List<List<int>> { new() };
        for (var id = 0; id < lowerCaseKeywords.Count; id++)
        {
            var state = 0;
            foreach (var ch in lowerCaseKeywords[id])
            {
                var cls = classOf[ch];
                if (!children[state].TryGetValue(cls, out var child))
                {
                    child = children.Count;
                    children.Add(new());
                    ends.Add(new());
                    children[state][cls] = child;
                }
                state = child;
            }
            ends[state].Add(id);
        }

        // Breadth-first: failure links, then every missing transition filled in, so scanning never backtracks.
        var stateCount = children.Count;
        if ((long)stateCount * _width > Array.MaxLength)
            throw new DomainException($"The rule set's keywords are too many to match in one pass ({stateCount} prefixes over {_width} characters); use fewer or shorter keywords.");
        var next = new int[stateCount * _width];
        var fail = new int[stateCount];
        var queue = new Queue<int>();
        for (var cls = 1; cls < _width; cls++)
        {
            if (children[0].TryGetValue(cls, out var child))
            {
                next[cls] = child;
                queue.Enqueue(child);
            }
        }
        var order = new List<int> { 0 };
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            order.Add(state);
            ends[state].AddRange(ends[fail[state]]);
            for (var cls = 1; cls < _width; cls++)
            {
                if (children[state].TryGetValue(cls, out var child))
                {
                    fail[child] = next[fail[state] * _width + cls];
                    next[state * _width + cls] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    next[state * _width + cls] = next[fail[state] * _width + cls];
                }
            }
        }

        _outputStart = new int[stateCount];
        _outputCount = new int[stateCount];
        var outputs = new List<int>();
        for (var state = 0; state < stateCount; state++)
        {
            var found = ends[state].Distinct().ToArray();
            _outputStart[state] = outputs.Count;
            _outputCount[state] = found.Length;
            outputs.AddRange(found);
        }
        _outputs = outputs.ToArray();

        // Scanning works in row offsets so a step is one load and an add; the sign bit says "keywords end here".
        _rows = new int[next.Length];
        for (var i = 0; i < next.Length; i++)
            _rows[i] = _outputCount[next[i]] == 0 ? next[i] * _width : ~(next[i] * _width);
    }

    public int KeywordCount { get; }

    /// <summary>Lower-cases the way keywords are lower-cased: one character at a time, invariant culture.</summary>
    public static string ToLower(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            span[i] = char.ToLowerInvariant(source[i]);
    });

    /// <summary>Sets the bit of every keyword that occurs in <paramref name="text"/>; <paramref name="found"/> starts cleared.</summary>
    public void Scan(ReadOnlySpan<char> text, Span<ulong> found)
    {
        var rows = _rows;
        var row = 0;
        foreach (var raw in text)
        {
            int cls;
            if (raw < 128)
            {
                // ASCII lower-casing without the general Unicode table.
                var ch = (uint)(raw - 'A') <= 'Z' - 'A' ? (char)(raw | 0x20) : raw;
                cls = _asciiClass[ch];
            }
            else
            {
                cls = OtherClass(char.ToLowerInvariant(raw));
            }
            row = rows[row + cls];
            if (row < 0)
            {
                row = ~row;
                var state = row / _width;
                var start = _outputStart[state];
                for (var i = start; i < start + _outputCount[state]; i++)
                {
                    var id = _outputs[i];
                    found[id >> 6] |= 1UL << (id & 63);
                }
            }
        }
    }

    private int OtherClass(char ch)
    {
        var index = Array.BinarySearch(_otherChars, ch);
        return index >= 0 ? _otherClass[index] : 0;
    }
}
