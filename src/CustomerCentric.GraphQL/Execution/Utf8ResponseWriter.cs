using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// Writes a response straight from the result tree into an <see cref="IBufferWriter{T}"/>: pre-encoded property names, ASCII strings
/// copied in one vectorized step, numbers formatted in place, no boxing or per-value checks beyond a type test. Strings are escaped as
/// JSON.stringify escapes them (control characters, quote, backslash and lone surrogates; other characters stay UTF-8). Errors,
/// extensions and unusual values (pass-through scalars returning JSON elements, dictionaries, objects) go through
/// <see cref="ResponseWriter"/>'s <see cref="Utf8JsonWriter"/> path, which writes the same JSON.
/// </summary>
internal ref struct Utf8ResponseWriter
{
    private const int MinimumChunk = 4096;

    /// <summary>The longest copy <see cref="WriteRaw"/> does inline (two overlapping 16-byte moves at most).</summary>
    private const int ShortCopyLimit = 32;

    /// <summary>The longest string <see cref="WriteString"/> tries to write in one inline pass.</summary>
    private const int ShortStringLimit = 64;

    /// <summary>The characters a JSON string holds as they are, one byte each: printable ASCII except quote and backslash.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private readonly IBufferWriter<byte> _output;
    private Span<byte> _chunk;
    private int _position;
    private Utf8JsonWriter? _fallback;

    internal Utf8ResponseWriter(IBufferWriter<byte> output)
    {
        _output = output;
        _chunk = output.GetSpan(MinimumChunk);
    }

    public static void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        var writer = new Utf8ResponseWriter(output);
        writer.WriteResult(result);
        writer.Commit();
        writer._fallback?.Dispose();
    }

    private void WriteResult(ExecutionResult result)
    {
        WriteByte((byte)'{');
        var first = true;
        if (result.Errors is { Count: > 0 } errors)
        {
            WriteRaw("\"errors\":["u8);
            for (var i = 0; i < errors.Count; i++)
            {
                if (i > 0)
                {
                    WriteByte((byte)',');
                }

                ResponseWriter.WriteError(Fallback(), errors[i]);
                EndFallback();
            }

            WriteByte((byte)']');
            first = false;
        }

        if (result.HasData)
        {
            WriteRaw(first ? "\"data\":"u8 : ",\"data\":"u8);
            WriteValue(result.Data);
            first = false;
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            WriteRaw(first ? "\"extensions\":"u8 : ",\"extensions\":"u8);
            ResponseWriter.WriteValue(Fallback(), extensions);
            EndFallback();
        }

        WriteByte((byte)'}');
    }

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                WriteRaw("null"u8);
                return;
            case string text:
                WriteString(text);
                return;
            case ResultMap map:
                WriteMap(map);
                return;
            case object?[] items:
                WriteByte((byte)'[');
                for (var i = 0; i < items.Length; i++)
                {
                    if (i > 0)
                    {
                        WriteByte((byte)',');
                    }

                    WriteValue(items[i]);
                }

                WriteByte((byte)']');
                return;
            case JsonFragment fragment:
                WriteLarge(fragment.Utf8Json);
                return;
            default:
                if (!TryWriteNumberOrBoolean(value))
                {
                    // No lambda here: a captured parameter would allocate a closure on every call of this method.
                    ResponseWriter.WriteValue(Fallback(), value);
                    EndFallback();
                }

                return;
        }
    }

    /// <summary>A serialized leaf value the way <see cref="WriteValue"/> writes it; false for values it leaves to its fallback.</summary>
    internal bool TryWriteLeaf(object value)
    {
        if (value is string text)
        {
            WriteString(text);
            return true;
        }

        return TryWriteNumberOrBoolean(value);
    }

    private bool TryWriteNumberOrBoolean(object value)
    {
        switch (value)
        {
            case int number:
                WriteNumber(number);
                return true;
            case bool flag:
                WriteBoolean(flag);
                return true;
            case double number when double.IsFinite(number):
                WriteNumber(number);
                return true;
            case long number:
                Ensure(20);
                number.TryFormat(_chunk[_position..], out var longLength, default, CultureInfo.InvariantCulture);
                _position += longLength;
                return true;
            default:
                return false;
        }
    }

    internal void WriteNumber(int number)
    {
        Ensure(11);
        number.TryFormat(_chunk[_position..], out var length, default, CultureInfo.InvariantCulture);
        _position += length;
    }

    /// <summary>A finite double as JSON.stringify writes it (the shortest text that reads back as the same number).</summary>
    internal void WriteNumber(double number)
    {
        Ensure(32);
        if (!TryWriteShortDecimal(number))
        {
            number.TryFormat(_chunk[_position..], out var length, default, CultureInfo.InvariantCulture);
            _position += length;
        }
    }

    /// <summary>The powers of ten that are exact doubles, up to the most fraction digits <see cref="TryWriteShortDecimal"/> tries.</summary>
    private static ReadOnlySpan<double> ExactPowersOfTen => [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

    /// <summary>
    /// Writes a number that has a short decimal form (a price, a score such as 0.24, a whole number) with the text the general
    /// shortest round-trip formatting gives, at a fraction of its cost; false (nothing written) for any other number.
    /// </summary>
    /// <remarks>
    /// The fewest fraction digits k for which an integer m has m / 10^k == the number: that division of two exact doubles is
    /// correctly rounded, so the decimal m·10^-k reads back as the number, and no text with fewer digits does (it would have
    /// fewer fraction digits). Below 10^15 the product rounds to the nearest m within 0.3, so no smaller k is missed, and no two
    /// m read back as the same number; between 10^-3 and 10^15 the general formatting writes no exponent.
    /// </remarks>
    private bool TryWriteShortDecimal(double number)
    {
        var magnitude = Math.Abs(number);
        if (!(magnitude >= 1e-3 && magnitude < 1e15))
        {
            return false;
        }

        var powers = ExactPowersOfTen;
        for (var fractionDigits = 0; fractionDigits < powers.Length; fractionDigits++)
        {
            var scale = powers[fractionDigits];
            var scaled = magnitude * scale;
            if (scaled >= 1e15)
            {
                return false;
            }

            var digits = Math.Round(scaled);
            if (digits / scale != magnitude)
            {
                continue;
            }

            var whole = (long)digits;
            var span = _chunk[_position..];
            var at = 0;
            if (number < 0)
            {
                span[at++] = (byte)'-';
            }

            if (fractionDigits == 0)
            {
                whole.TryFormat(span[at..], out var wholeLength, default, CultureInfo.InvariantCulture);
                _position += at + wholeLength;
                return true;
            }

            var divisor = (long)scale;
            var integerPart = whole / divisor;
            var fraction = whole - integerPart * divisor;
            integerPart.TryFormat(span[at..], out var integerLength, default, CultureInfo.InvariantCulture);
            at += integerLength;
            span[at++] = (byte)'.';
            // The fraction with its leading zeros (0.05 is 5 in two digits); it ends in a non-zero digit, or fewer digits would do.
            for (var i = at + fractionDigits - 1; i >= at; i--)
            {
                span[i] = (byte)('0' + fraction % 10);
                fraction /= 10;
            }

            _position += at + fractionDigits;
            return true;
        }

        return false;
    }

    internal void WriteBoolean(bool flag) => WriteRaw(flag ? "true"u8 : "false"u8);

    /// <summary>Room for <paramref name="size"/> bytes, written by the caller and then passed to <see cref="Advance"/>.</summary>
    internal Span<byte> GetSpan(int size)
    {
        Ensure(size);
        return _chunk.Slice(_position, size);
    }

    internal void Advance(int count) => _position += count;

    private void WriteMap(ResultMap map)
    {
        var prefixes = map.Shape.PropertyPrefixes;
        var values = map.RawValues;
        if (values.Length == 0)
        {
            WriteRaw("{}"u8);
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            WriteRaw(prefixes[i]);
            WriteValue(values[i]);
        }

        WriteByte((byte)'}');
    }

    internal void WriteString(string text)
    {
        if (text.Length <= ShortStringLimit && _chunk.Length - _position >= ShortStringLimit + 2 && TryWriteShortPlainString(text))
        {
            return;
        }

        var chars = text.AsSpan();

        // The common case: printable ASCII without quote or backslash, found in one pass and copied (narrowed) in one step.
        var end = chars.IndexOfAnyExcept(PlainAscii);
        var prefix = end < 0 ? chars.Length : end;
        Ensure(prefix + 2);
        var chunk = _chunk;
        chunk[_position++] = (byte)'"';
        Ascii.FromUtf16(chars[..prefix], chunk[_position..], out var copied);
        _position += copied;
        if (end >= 0)
        {
            WriteEscaped(chars[prefix..]);
        }

        WriteByte((byte)'"');
    }

    /// <summary>
    /// A short string of printable ASCII without quote or backslash (names, e-mail addresses, ids: most strings of a response),
    /// checked and narrowed in one pass of 8 characters at a time, inline; false, with nothing written, for any other string.
    /// The caller made sure the chunk has room for <see cref="ShortStringLimit"/> + 2 bytes.
    /// </summary>
    private bool TryWriteShortPlainString(string text)
    {
        var length = text.Length;
        ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        ref var target = ref Unsafe.Add(ref MemoryMarshal.GetReference(_chunk), _position + 1);
        if (length >= 8 && Vector128.IsHardwareAccelerated)
        {
            // Whole blocks, then one last block that overlaps the one before it (characters checked and written twice, the same way).
            for (var at = 0; ; at += 8)
            {
                var start = Math.Min(at, length - 8);
                var block = Vector128.LoadUnsafe(ref source, (nuint)start);
                if (!IsPlainAscii(block))
                {
                    return false;
                }

                Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, start), Vector128.Narrow(block, block).AsUInt64().ToScalar());
                if (start + 8 >= length)
                {
                    break;
                }
            }
        }
        else
        {
            for (var i = 0; i < length; i++)
            {
                var c = Unsafe.Add(ref source, i);
                if (c - 0x20u > 0x7E - 0x20 || c == '"' || c == '\\')
                {
                    return false;
                }

                Unsafe.Add(ref target, i) = (byte)c;
            }
        }

        _chunk[_position] = (byte)'"';
        _chunk[_position + length + 1] = (byte)'"';
        _position += length + 2;
        return true;
    }

    /// <summary>Whether all eight characters are printable ASCII (0x20-0x7E) other than quote and backslash.</summary>
    private static bool IsPlainAscii(Vector128<ushort> block)
    {
        var printable = Vector128.LessThan(block - Vector128.Create((ushort)0x20), Vector128.Create((ushort)(0x7F - 0x20)));
        var special = Vector128.Equals(block, Vector128.Create((ushort)'"')) | Vector128.Equals(block, Vector128.Create((ushort)'\\'));
        return (printable & ~special) == Vector128<ushort>.AllBitsSet;
    }

    private void WriteEscaped(ReadOnlySpan<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            Ensure(12);
            var chunk = _chunk;
            var c = chars[i];
            switch (c)
            {
                case '"':
                    chunk[_position++] = (byte)'\\';
                    chunk[_position++] = (byte)'"';
                    continue;
                case '\\':
                    chunk[_position++] = (byte)'\\';
                    chunk[_position++] = (byte)'\\';
                    continue;
                case '\n':
                    chunk[_position++] = (byte)'\\';
                    chunk[_position++] = (byte)'n';
                    continue;
                case '\r':
                    chunk[_position++] = (byte)'\\';
                    chunk[_position++] = (byte)'r';
                    continue;
                case '\t':
                    chunk[_position++] = (byte)'\\';
                    chunk[_position++] = (byte)'t';
                    continue;
                case '\b':
                    chunk[_position++] = (byte)'\\';
                    chunk[_position++] = (byte)'b';
                    continue;
                case '\f':
                    chunk[_position++] = (byte)'\\';
                    chunk[_position++] = (byte)'f';
                    continue;
            }

            if (c < 0x20)
            {
                WriteUnicodeEscape(chunk, c);
            }
            else if (c < 0x80)
            {
                chunk[_position++] = (byte)c;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                _position += Encoding.UTF8.GetBytes(chars.Slice(i, 2), chunk[_position..]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                // A lone surrogate cannot be UTF-8: JSON.stringify writes it as an escape, and so do we.
                WriteUnicodeEscape(chunk, c);
            }
            else
            {
                _position += Encoding.UTF8.GetBytes(chars.Slice(i, 1), chunk[_position..]);
            }
        }
    }

    private void WriteUnicodeEscape(Span<byte> chunk, char c)
    {
        chunk[_position++] = (byte)'\\';
        chunk[_position++] = (byte)'u';
        ((int)c).TryFormat(chunk.Slice(_position, 4), out _, "x4", CultureInfo.InvariantCulture);
        _position += 4;
    }

    internal void WriteByte(byte value)
    {
        Ensure(1);
        _chunk[_position++] = value;
    }

    internal void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        var length = bytes.Length;
        if (length <= ShortCopyLimit && _chunk.Length - _position >= ShortCopyLimit)
        {
            // Property prefixes, enum names and literals are a few bytes each and hundreds per response: with room to spare in the
            // chunk they are copied inline (two overlapping moves) instead of through a call to the general memmove.
            CopyShort(ref MemoryMarshal.GetReference(bytes), ref Unsafe.Add(ref MemoryMarshal.GetReference(_chunk), _position), length);
            _position += length;
            return;
        }

        Ensure(length);
        bytes.CopyTo(_chunk[_position..]);
        _position += length;
    }

    /// <summary>Copies <paramref name="length"/> (at most <see cref="ShortCopyLimit"/>) bytes between buffers that do not overlap.</summary>
    private static void CopyShort(ref byte source, ref byte target, int length)
    {
        if (length >= 16)
        {
            var head = Unsafe.ReadUnaligned<Vector128<byte>>(ref source);
            var tail = Unsafe.ReadUnaligned<Vector128<byte>>(ref Unsafe.Add(ref source, length - 16));
            Unsafe.WriteUnaligned(ref target, head);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, length - 16), tail);
        }
        else if (length >= 8)
        {
            var head = Unsafe.ReadUnaligned<ulong>(ref source);
            var tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref source, length - 8));
            Unsafe.WriteUnaligned(ref target, head);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, length - 8), tail);
        }
        else if (length >= 4)
        {
            var head = Unsafe.ReadUnaligned<uint>(ref source);
            var tail = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref source, length - 4));
            Unsafe.WriteUnaligned(ref target, head);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, length - 4), tail);
        }
        else
        {
            for (var i = 0; i < length; i++)
            {
                Unsafe.Add(ref target, i) = Unsafe.Add(ref source, i);
            }
        }
    }

    /// <summary>Copies a large block chunk by chunk, so the output is never asked for one span of its whole size.</summary>
    private void WriteLarge(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            Ensure(Math.Min(bytes.Length, MinimumChunk));
            var count = Math.Min(bytes.Length, _chunk.Length - _position);
            bytes[..count].CopyTo(_chunk[_position..]);
            _position += count;
            bytes = bytes[count..];
        }
    }

    private void Ensure(int size)
    {
        if (_chunk.Length - _position >= size)
        {
            return;
        }

        Commit();
        _chunk = _output.GetSpan(Math.Max(size, MinimumChunk));
    }

    internal void Commit()
    {
        _output.Advance(_position);
        _position = 0;
        _chunk = [];
    }

    private Utf8JsonWriter Fallback()
    {
        Commit();
        if (_fallback is null)
        {
            _fallback = new Utf8JsonWriter(_output, new JsonWriterOptions { SkipValidation = true });
        }
        else
        {
            _fallback.Reset(_output);
        }

        return _fallback;
    }

    private void EndFallback()
    {
        _fallback!.Flush();
        _chunk = _output.GetSpan(MinimumChunk);
    }
}
