using System.Text;

namespace CustomerCentric.GraphQL.Language;

/// <summary>
/// A GraphQL document's text. The lexer reads the UTF-8 bytes; the string form is produced on demand
/// (error messages, printing source excerpts), so a request that arrives as UTF-8 is never transcoded.
/// </summary>
public sealed class Source
{
    public const string DefaultName = "GraphQL request";

    private string? body;

    public Source(string body, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(body);
        this.body = body;
        Utf8 = EncodeUtf8(body);
        Name = name;
    }

    public Source(ReadOnlyMemory<byte> utf8, string name = DefaultName)
    {
        Utf8 = utf8;
        Name = name;
    }

    public string Name { get; }

    public ReadOnlyMemory<byte> Utf8 { get; }

    public string Body => body ??= Encoding.UTF8.GetString(Utf8.Span);

    // A lone surrogate cannot be UTF-8; it is kept as its three-byte (WTF-8) form instead of being replaced,
    // so that the lexer rejects it exactly where graphql-js does ("Invalid character: U+D800.").
    private static byte[] EncodeUtf8(string text)
    {
        // Exact: a lone surrogate counts three bytes here as well (as the replacement character U+FFFD it would become).
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        var source = text.AsSpan();
        var written = 0;
        while (true)
        {
            var status = System.Text.Unicode.Utf8.FromUtf16(source, bytes.AsSpan(written), out var read, out var count, replaceInvalidSequences: false);
            written += count;
            source = source[read..];
            if (status == System.Buffers.OperationStatus.Done)
            {
                return bytes;
            }

            int surrogate = source[0];
            bytes[written++] = 0xED;
            bytes[written++] = (byte)(0x80 | ((surrogate >> 6) & 0x3F));
            bytes[written++] = (byte)(0x80 | (surrogate & 0x3F));
            source = source[1..];
        }
    }

    /// <summary>
    /// The 1-based line and column of a byte offset. Lines end at \n, \r\n or \r (spec 2.1.2); the column counts
    /// UTF-16 code units like graphql-js, so locations agree with it for non-ASCII text.
    /// </summary>
    public SourceLocation GetLocation(int offset)
    {
        var span = Utf8.Span;
        offset = Math.Clamp(offset, 0, span.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            var b = span[i];
            if (b == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (b == (byte)'\r')
            {
                if (i + 1 < span.Length && span[i + 1] == (byte)'\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        if (lineStart > offset)
        {
            // Only an offset on the \n of a \r\n pair gets here; graphql-js reports column 0 for it too.
            return new SourceLocation(line, 0);
        }

        var column = Encoding.UTF8.GetCharCount(span[lineStart..offset]) + 1;
        return new SourceLocation(line, column);
    }
}
