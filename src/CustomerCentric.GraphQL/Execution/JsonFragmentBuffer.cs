using System.Buffers;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// Where one execution writes its <see cref="JsonFragment"/>s: a growing array that can be cut back to where a subtree began
/// when that subtree has to be executed the general way after all.
/// </summary>
internal sealed class JsonFragmentBuffer : IBufferWriter<byte>
{
    // The last execution's size is the next one's first guess: the same documents tend to come again.
    private static int s_sizeHint = 4096;

    // Uninitialized: only written bytes are ever read, and zeroing some 10 KB per request costs as much as a small field's work.
    private byte[] _bytes = GC.AllocateUninitializedArray<byte>(Volatile.Read(ref s_sizeHint));
    private int _written;

    public int WrittenCount => _written;

    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, _written);

    public void Advance(int count)
    {
        _written += count;
        if (_written > Volatile.Read(ref s_sizeHint) && _written <= 1 << 20)
        {
            Volatile.Write(ref s_sizeHint, _written + 1024);
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        // Reserve first: it may replace the array.
        Reserve(sizeHint);
        return _bytes.AsSpan(_written);
    }

    public void Truncate(int length) => _written = length;

    private void Reserve(int sizeHint)
    {
        if (_bytes.Length - _written < Math.Max(sizeHint, 1))
        {
            var larger = GC.AllocateUninitializedArray<byte>(Math.Max(_bytes.Length * 2, _written + sizeHint));
            _bytes.AsSpan(0, _written).CopyTo(larger);
            _bytes = larger;
        }
    }
}
