using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// The response path of synchronous execution as a reusable stack of steps below a base path: entering a field or list item
/// overwrites one slot instead of allocating a <see cref="ResponsePath"/>. A <see cref="ResponsePath"/> is built only when an
/// error, a resolver or an await asks for one, and the built steps are kept until a step at or above them changes, so siblings
/// share their parent's. One stack serves one synchronous run: whatever continues after an await gets its own (<see cref="PathPosition.Detach"/>).
/// </summary>
internal sealed class PathStack(ResponsePath? basePath)
{
    // A step is a field (its response name and parent type) or, when Field is null, a list index: one reference per step keeps
    // entering a step to a single GC write barrier.
    private Step[] _steps = new Step[8];
    private ResponsePath?[] _paths = new ResponsePath?[8];

    // _paths[i] is the path through step i for every i below this depth.
    private int _builtDepth;

    public void SetField(int depth, CollectedField field) => Set(depth, new Step(field, 0));

    public void SetIndex(int depth, int index) => Set(depth, new Step(null, index));

    /// <summary>The path of the position <paramref name="depth"/> steps below the base (the base itself at 0).</summary>
    public ResponsePath? Materialize(int depth)
    {
        if (depth == 0)
        {
            return basePath;
        }

        var path = _builtDepth > 0 ? _paths[Math.Min(_builtDepth, depth) - 1] : basePath;

        for (var i = _builtDepth; i < depth; i++)
        {
            var step = _steps[i];
            path = step.Field is { } field
                ? path is null ? ResponsePath.Root(field.ResponseName, field.ParentType.Name) : path.Field(field.ResponseName, field.ParentType.Name)
                : path is null ? ResponsePath.Root(step.Index) : path.Index(step.Index);
            _paths[i] = path;
        }

        _builtDepth = Math.Max(_builtDepth, depth);
        return path;
    }

    private void Set(int depth, Step step)
    {
        if (depth == _steps.Length)
        {
            Array.Resize(ref _steps, depth * 2);
            Array.Resize(ref _paths, depth * 2);
        }

        _steps[depth] = step;
        if (_builtDepth > depth)
        {
            _builtDepth = depth;
        }
    }

    private readonly record struct Step(CollectedField? Field, int Index);
}
