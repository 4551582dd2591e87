using System.Collections.Concurrent;
using System.Reflection;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Language;

public sealed partial class ParallelVisitor : AstVisitor
{
    private static readonly ConcurrentDictionary<Type, Overrides> OverridesByType = new();
    private static readonly ConcurrentDictionary<VisitorTypes, (int[][] Enterers, int[][] Leavers)> DispatchByTypes = new();

    // Marks a visitor that returned Break: it sees nothing more of this walk.
    private static readonly Node Broken = new NullValueNode();

    private readonly AstVisitor[] visitors;
    private readonly int[][] enterers;
    private readonly int[][] leavers;
    private readonly Node?[] skipping;

    // The visitors skipping a node, innermost last: skips nest with the depth-first walk, so leaving a node needs only a look
    // at the top instead of a scan of every visitor.
    private readonly List<(Node Node, int Index)> skips = [];
    private int skipCount;
    private int broken;

    public ParallelVisitor(IReadOnlyList<AstVisitor> visitors)
    {
        this.visitors = [.. visitors];
        skipping = new Node?[this.visitors.Length];
        // Validation builds a ParallelVisitor per document with the same rule types: the dispatch tables are shared.
        var key = new VisitorTypes([.. this.visitors.Select(visitor => visitor.GetType())]);
        (enterers, leavers) = DispatchByTypes.GetOrAdd(key, Dispatch);
    }

    private static (int[][] Enterers, int[][] Leavers) Dispatch(VisitorTypes types)
    {
        var kinds = Enum.GetValues<Kind>();
        var enterers = new int[kinds.Length][];
        var leavers = new int[kinds.Length][];
        var overrides = types.Types.Select(type => OverridesByType.GetOrAdd(type, Overrides.Of)).ToArray();
        foreach (var kind in kinds)
        {
            enterers[(int)kind] = [.. Enumerable.Range(0, overrides.Length).Where(i => overrides[i].Enter[(int)kind])];
            leavers[(int)kind] = [.. Enumerable.Range(0, overrides.Length).Where(i => overrides[i].Leave[(int)kind])];
        }

        return (enterers, leavers);
    }

    private void Handle(int index, VisitAction action, Node node)
    {
        if (action == VisitAction.Continue)
        {
            return;
        }

        skipping[index] = action == VisitAction.Skip ? node : Broken;
        if (action == VisitAction.Skip)
        {
            skips.Add((node, index));
            skipCount++;
        }
        else
        {
            broken++;
        }
    }

    // The node a visitor skipped is left: that visitor sees the following nodes again.
    private void EndSkip(Node node)
    {
        while (skips.Count > 0 && ReferenceEquals(skips[^1].Node, node))
        {
            skipping[skips[^1].Index] = null;
            skips.RemoveAt(skips.Count - 1);
            skipCount--;
        }
    }

    private sealed record Overrides(bool[] Enter, bool[] Leave)
    {
        public static Overrides Of(Type visitorType)
        {
            var nodeTypes = typeof(Node).Assembly.GetTypes()
                .Where(type => type.IsSubclassOf(typeof(Node)) && !type.IsAbstract)
                .ToDictionary(type => ((Node)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type)).Kind);
            var kinds = Enum.GetValues<Kind>();
            var enter = new bool[kinds.Length];
            var leave = new bool[kinds.Length];
            foreach (var kind in kinds)
            {
                enter[(int)kind] = IsOverridden(visitorType, nameof(Enter), nodeTypes[kind]);
                leave[(int)kind] = IsOverridden(visitorType, nameof(Leave), nodeTypes[kind]);
            }

            return new Overrides(enter, leave);
        }

        private static bool IsOverridden(Type visitorType, string name, Type nodeType) =>
            visitorType.GetMethod(name, BindingFlags.Public | BindingFlags.Instance, [nodeType])?.DeclaringType != typeof(AstVisitor);
    }

    /// <summary>The visitor types in order, compared by content, as the key of the shared dispatch tables.</summary>
    private sealed class VisitorTypes(Type[] types) : IEquatable<VisitorTypes>
    {
        public Type[] Types { get; } = types;

        public bool Equals(VisitorTypes? other) => other is not null && Types.AsSpan().SequenceEqual(other.Types);

        public override bool Equals(object? obj) => Equals(obj as VisitorTypes);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var type in Types)
            {
                hash.Add(type);
            }

            return hash.ToHashCode();
        }
    }
}
