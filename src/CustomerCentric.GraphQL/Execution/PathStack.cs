using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// The response path of synchronous execution as a reusable stack of steps below a base path: entering a field or list item
/// overwrites one slot instead of allocating a <see cref="ResponsePath"/>. A <see cref="ResponsePath"/> is built only when an
/// error, a resolver or an await asks for one, and each step's is kept until the slot is overwritten, so siblings share their parent's.
/// One stack serves one synchronous run: whatever continues after an await gets its own (<see cref="PathPosition.Detach"/>).
/// </summary>
internal sealed class PathStack(ResponsePath? basePath)
{
    private Step[] _steps = new Step[8];

    public void SetField(int depth, string responseName, string typeName) => Slot(depth) = new Step(responseName, 0, typeName, null);

    public void SetIndex(int depth, int index) => Slot(depth) = new Step(null, index, null, null);

    /// <summary>The path of the position <paramref name="depth"/> steps below the base (the base itself at 0).</summary>
    public ResponsePath? Materialize(int depth)
    {
        var path = basePath;
        for (var i = 0; i < depth; i++)
        {
            ref var step = ref _steps[i];
            if (step.Path is null)
            {
                step.Path = step.Name is { } name
                    ? path is null ? ResponsePath.Root(name, step.TypeName) : path.Field(name, step.TypeName)
                    : path is null ? ResponsePath.Root(step.Index) : path.Index(step.Index);
            }

            path = step.Path;
        }

        return path;
    }

    private ref Step Slot(int depth)
    {
        if (depth == _steps.Length)
        {
            Array.Resize(ref _steps, depth * 2);
        }

        return ref _steps[depth];
    }

    /// <summary>A field (<see cref="Name"/> set) or a list index, and its path once built.</summary>
    private struct Step(string? name, int index, string? typeName, ResponsePath? path)
    {
        public readonly string? Name = name;
        public readonly int Index = index;
        public readonly string? TypeName = typeName;
        public ResponsePath? Path = path;
    }
}
