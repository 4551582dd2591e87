using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// A position in the response during synchronous execution: a depth in a <see cref="PathStack"/>. Valid until execution
/// returns above it; code that keeps a position across an await must <see cref="Detach"/> it first.
/// </summary>
internal readonly struct PathPosition(PathStack stack, int depth)
{
    /// <summary>The start of an operation's (or an event's) response.</summary>
    public static PathPosition Root() => new(new PathStack(null), 0);

    /// <summary>The path of this position (null at the root).</summary>
    public ResponsePath? Path => stack.Materialize(depth);

    /// <summary>The path of a field or list item (every position below the root).</summary>
    public ResponsePath FieldPath => stack.Materialize(depth) ?? throw new InvalidOperationException("The root of the response has no path.");

    public PathPosition Field(CollectedField field)
    {
        stack.SetField(depth, field);
        return new PathPosition(stack, depth + 1);
    }

    public PathPosition Index(int index)
    {
        stack.SetIndex(depth, index);
        return new PathPosition(stack, depth + 1);
    }

    /// <summary>The same position on a stack of its own, for work that continues after an await while siblings run on.</summary>
    public PathPosition Detach() => new(new PathStack(Path), 0);
}
