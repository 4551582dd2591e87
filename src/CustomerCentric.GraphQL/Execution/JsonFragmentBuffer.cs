using System.Buffers;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// Where one execution writes its <see cref="JsonFragment"/>s: a growing array that can be cut back to where a subtree began
/// when that subtree has to be executed the general way after all. The array comes from the shared pool and goes back when the
/// result is disposed (<see cref="ExecutionResult.Dispose"/>); a result never disposed leaves it to the garbage collector.
/// </summary>
internal sealed class JsonFragmentBuffer : IBufferWriter<byte>
{
    // The last execution's size is the next one's first guess: the same documents tend to come again.
    private static int s_sizeHint = 4096;

    private byte[]? _bytes = ArrayPool<byte>.Shared.Rent(Volatile.Read(ref s_sizeHint));
    private int _written;

    public int WrittenCount => _written;

    /// <summary>The bytes written so far; throws once the buffer went back to the pool (a fragment read after its result was disposed).</summary>
    public ReadOnlySpan<byte> WrittenSpan => Bytes.AsSpan(0, _written);

    private byte[] Bytes => _bytes ?? throw new ObjectDisposedException(nameof(ExecutionResult), "The result was disposed: its JSON fragments went back to the pool.");

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
        return Bytes.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        // Reserve first: it may replace the array.
        Reserve(sizeHint);
        return Bytes.AsSpan(_written);
    }

    public void Truncate(int length) => _written = length;

    /// <summary>Returns the array to the pool. Only when nothing writes any more and nothing will read (the result is disposed).</summary>
    public void Release()
    {
        var bytes = Interlocked.Exchange(ref _bytes, null);
        if (bytes is not null)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private void Reserve(int sizeHint)
    {
        var bytes = Bytes;
        if (bytes.Length - _written < Math.Max(sizeHint, 1))
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length * 2, _written + sizeHint));
            bytes.AsSpan(0, _written).CopyTo(larger);
            _bytes = larger;
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
