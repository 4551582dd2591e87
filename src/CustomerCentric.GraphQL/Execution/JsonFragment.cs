namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// A value of the result already written as UTF-8 JSON (see <see cref="GraphQLExecutorOptions.EagerJson"/>): a completed list or
/// object, errors-free, that the response writers copy as it is.
/// </summary>
public sealed class JsonFragment
{
    private readonly JsonFragmentBuffer _buffer;
    private readonly int _start;
    private readonly int _length;

    internal JsonFragment(JsonFragmentBuffer buffer, int start, int length)
    {
        _buffer = buffer;
        _start = start;
        _length = length;
    }

    public ReadOnlySpan<byte> Utf8Json => _buffer.WrittenSpan.Slice(_start, _length);

    public override string ToString() => System.Text.Encoding.UTF8.GetString(Utf8Json);
}
