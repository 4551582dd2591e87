using System.Buffers;
using System.Globalization;
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
        number.TryFormat(_chunk[_position..], out var length, default, CultureInfo.InvariantCulture);
        _position += length;
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
        Ensure(bytes.Length);
        bytes.CopyTo(_chunk[_position..]);
        _position += bytes.Length;
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
