using System.Buffers;
using System.Text;
using CustomerCentric.GraphQL.Error;

namespace CustomerCentric.GraphQL.Language;

/// <summary>
/// The lexer of spec 2.1 over UTF-8 bytes. It holds only the current token (kind and byte range) and produces a
/// token's value only when asked, so skipping punctuators, whitespace and comments allocates nothing.
/// Ignored tokens (whitespace, line terminators, commas, comments, the BOM) are skipped by <see cref="Advance"/>.
/// Errors are <see cref="GraphQLError"/>s with graphql-js 16's "Syntax Error: ..." messages.
/// </summary>
public ref struct Lexer
{
    private static readonly SearchValues<byte> StringStops = StopsAnd("\"\\\n\r"u8);
    private static readonly SearchValues<byte> CommentStops = StopsAnd("\n\r"u8);
    private static readonly SearchValues<byte> NameContinue =
        SearchValues.Create("_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);

    private readonly ReadOnlySpan<byte> body;
    private bool stringHasEscapes;

    public Lexer(Source source)
    {
        Source = source;
        body = source.Utf8.Span;
        Kind = TokenKind.StartOfFile;
    }

    public Source Source { get; }

    /// <summary>The current token's kind; <see cref="TokenKind.StartOfFile"/> before the first <see cref="Advance"/>.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>The current token's first byte.</summary>
    public int Start { get; private set; }

    /// <summary>The byte after the current token.</summary>
    public int End { get; private set; }

    /// <summary>Where the previous token ended: a node's location ends at the last token it consumed.</summary>
    public int LastEnd { get; private set; }

    /// <summary>The current token as a value (allocates its value string).</summary>
    public readonly Token Current => new(Kind, Start, End, HasValue(Kind) ? Value : null);

    /// <summary>The value of a Name, Int, Float, String or BlockString token (strings unescaped, block strings dedented).</summary>
    public readonly string Value => Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => NameTable.Get(body[Start..End]),
        TokenKind.String => StringValue(),
        TokenKind.BlockString => BlockString.DedentBlockStringValue(RawBlockString()),
        _ => throw new InvalidOperationException($"A {Kind.Describe()} token has no value."),
    };

    /// <summary>True when the current token is a Name spelled exactly <paramref name="keyword"/> (ASCII).</summary>
    public readonly bool IsKeyword(ReadOnlySpan<byte> keyword) => Kind == TokenKind.Name && body[Start..End].SequenceEqual(keyword);

    /// <summary>Moves to the next significant token.</summary>
    public void Advance()
    {
        LastEnd = End;
        if (Kind != TokenKind.EndOfFile)
        {
            ReadNextToken(End);
        }
    }

    /// <summary>A copy of the lexer moved one token ahead; this lexer does not move.</summary>
    public readonly Lexer Lookahead()
    {
        var ahead = this;
        ahead.Advance();
        return ahead;
    }

    internal static bool HasValue(TokenKind kind) =>
        kind is TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString;

    private void ReadNextToken(int position)
    {
        var length = body.Length;
        while (position < length)
        {
            var code = body[position];
            switch (code)
            {
                case (byte)' ' or (byte)'\t' or (byte)',' or (byte)'\n' or (byte)'\r':
                    position++;
                    continue;
                case 0xEF when position + 2 < length && body[position + 1] == 0xBB && body[position + 2] == 0xBF:
                    position += 3; // U+FEFF, the byte order mark, is ignored anywhere (spec 2.1.1)
                    continue;
                case (byte)'#':
                    position = SkipComment(position);
                    continue;
                case (byte)'!': Set(TokenKind.Bang, position, position + 1); return;
                case (byte)'$': Set(TokenKind.Dollar, position, position + 1); return;
                case (byte)'&': Set(TokenKind.Amp, position, position + 1); return;
                case (byte)'(': Set(TokenKind.ParenL, position, position + 1); return;
                case (byte)')': Set(TokenKind.ParenR, position, position + 1); return;
                case (byte)':': Set(TokenKind.Colon, position, position + 1); return;
                case (byte)'=': Set(TokenKind.Equals, position, position + 1); return;
                case (byte)'@': Set(TokenKind.At, position, position + 1); return;
                case (byte)'[': Set(TokenKind.BracketL, position, position + 1); return;
                case (byte)']': Set(TokenKind.BracketR, position, position + 1); return;
                case (byte)'{': Set(TokenKind.BraceL, position, position + 1); return;
                case (byte)'|': Set(TokenKind.Pipe, position, position + 1); return;
                case (byte)'}': Set(TokenKind.BraceR, position, position + 1); return;
                case (byte)'.' when At(position + 1) == '.' && At(position + 2) == '.':
                    Set(TokenKind.Spread, position, position + 3);
                    return;
                case (byte)'"' when At(position + 1) == '"' && At(position + 2) == '"':
                    ReadBlockString(position);
                    return;
                case (byte)'"':
                    ReadString(position);
                    return;
            }

            if (IsDigit(code) || code == '-')
            {
                ReadNumber(position, code);
                return;
            }

            if (IsNameStart(code))
            {
                var rest = body[(position + 1)..].IndexOfAnyExcept(NameContinue);
                Set(TokenKind.Name, position, rest < 0 ? length : position + 1 + rest);
                return;
            }

            throw code == '\''
                ? Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?")
                : Error(position, $"{(DecodeAt(position, out _) ? "Unexpected" : "Invalid")} character: {PrintCodePointAt(position)}.");
        }

        Set(TokenKind.EndOfFile, length, length);
    }

    private void Set(TokenKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    // A comment runs to the end of the line; an invalid character ends it early so that the caller reports it.
    private readonly int SkipComment(int position)
    {
        position++;
        while (true)
        {
            var stop = body[position..].IndexOfAny(CommentStops);
            if (stop < 0)
            {
                return body.Length;
            }

            position += stop;
            if (body[position] is (byte)'\n' or (byte)'\r' || !DecodeAt(position, out var size))
            {
                return position;
            }

            position += size;
        }
    }

    private void ReadNumber(int start, byte first)
    {
        var position = start;
        int code = first;
        var isFloat = false;
        if (code == '-')
        {
            code = At(++position);
        }

        if (code == '0')
        {
            code = At(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code is '+' or '-')
            {
                code = At(++position);
            }

            position = ReadDigits(position, code);
            code = At(position);
        }

        // A number may not be followed by "." or a name start (spec 2.9.1 lookahead restrictions).
        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        Set(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int first)
    {
        if (!IsDigit(first))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }

    private void ReadString(int start)
    {
        var position = start + 1;
        var hasEscapes = false;
        while (position < body.Length)
        {
            var stop = body[position..].IndexOfAny(StringStops);
            if (stop < 0)
            {
                position = body.Length;
                break;
            }

            position += stop;
            var code = body[position];
            if (code == '"')
            {
                Set(TokenKind.String, start, position + 1);
                stringHasEscapes = hasEscapes;
                return;
            }

            if (code == '\\')
            {
                hasEscapes = true;
                position += EscapeSize(position);
                continue;
            }

            if (code is (byte)'\n' or (byte)'\r')
            {
                break;
            }

            position += SourceCharacterSize(position);
        }

        throw Error(position, "Unterminated string.");
    }

    private void ReadBlockString(int start)
    {
        var position = start + 3;
        while (position < body.Length)
        {
            var stop = body[position..].IndexOfAny(StringStops);
            if (stop < 0)
            {
                position = body.Length;
                break;
            }

            position += stop;
            var code = body[position];
            if (code == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                Set(TokenKind.BlockString, start, position + 3);
                return;
            }

            if (code == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                position += 4;
            }
            else if (code < 0x80)
            {
                position++;
            }
            else
            {
                position += SourceCharacterSize(position);
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private readonly int SourceCharacterSize(int position) =>
        DecodeAt(position, out var size)
            ? size
            : throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");

    // Validates the escape sequence at a backslash and returns its length in bytes (spec 2.9.4 EscapedUnicode / EscapedCharacter).
    private readonly int EscapeSize(int position)
    {
        var next = At(position + 1);
        if (next == 'u' && At(position + 2) == '{')
        {
            var point = 0;
            var size = 3;
            while (size < 12)
            {
                var code = At(position + size++);
                if (code == '}')
                {
                    if (size < 5 || !IsUnicodeScalarValue(point))
                    {
                        break;
                    }

                    return size;
                }

                point = (point << 4) | HexDigit(code);
                if (point < 0)
                {
                    break;
                }
            }

            throw Error(position, $"Invalid Unicode escape sequence: \"{SliceChars(position, size)}\".");
        }

        if (next == 'u')
        {
            var code = Read16BitHex(position + 2);
            if (IsUnicodeScalarValue(code))
            {
                return 6;
            }

            // JSON-style surrogate pairs are allowed, but only a leading surrogate directly followed by a trailing one.
            if (code is >= 0xD800 and <= 0xDBFF && At(position + 6) == '\\' && At(position + 7) == 'u'
                && Read16BitHex(position + 8) is >= 0xDC00 and <= 0xDFFF)
            {
                return 12;
            }

            throw Error(position, $"Invalid Unicode escape sequence: \"{SliceChars(position, 6)}\".");
        }

        return next is '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't'
            ? 2
            : throw Error(position, $"Invalid character escape sequence: \"{SliceChars(position, 2)}\".");
    }

    private readonly string StringValue()
    {
        var content = body[(Start + 1)..(End - 1)];
        if (!stringHasEscapes)
        {
            return Encoding.UTF8.GetString(content);
        }

        // Decoded text is never longer (in UTF-16 units) than its UTF-8 bytes, escapes included.
        char[]? rented = null;
        var buffer = content.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(content.Length));
        var written = 0;
        var position = 0;
        while (position < content.Length)
        {
            var backslash = content[position..].IndexOf((byte)'\\');
            var chunkEnd = backslash < 0 ? content.Length : position + backslash;
            written += Encoding.UTF8.GetChars(content[position..chunkEnd], buffer[written..]);
            if (backslash < 0)
            {
                break;
            }

            position = chunkEnd;
            var escape = content[position + 1];
            if (escape != 'u')
            {
                buffer[written++] = escape switch
                {
                    (byte)'b' => '\b',
                    (byte)'f' => '\f',
                    (byte)'n' => '\n',
                    (byte)'r' => '\r',
                    (byte)'t' => '\t',
                    _ => (char)escape,
                };
                position += 2;
            }
            else if (content[position + 2] == '{')
            {
                var close = content[position..].IndexOf((byte)'}') + position;
                var point = 0;
                for (var i = position + 3; i < close; i++)
                {
                    point = (point << 4) | HexDigit(content[i]);
                }

                written += new Rune(point).EncodeToUtf16(buffer[written..]);
                position = close + 1;
            }
            else
            {
                // A fixed-width escape is a scalar value or the first half of a validated surrogate pair.
                buffer[written++] = (char)Read16BitHex(content, position + 2);
                position += 6;
            }
        }

        var value = new string(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }

    // The block string's characters with \""" unescaped, before the spec's BlockStringValue dedent.
    private readonly string RawBlockString() =>
        Encoding.UTF8.GetString(body[(Start + 3)..(End - 3)]).Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal);

    private readonly int At(int position) => (uint)position < (uint)body.Length ? body[position] : -1;

    private readonly int Read16BitHex(int position) =>
        (HexDigit(At(position)) << 12) | (HexDigit(At(position + 1)) << 8) | (HexDigit(At(position + 2)) << 4) | HexDigit(At(position + 3));

    private static int Read16BitHex(ReadOnlySpan<byte> text, int position) =>
        (HexDigit(text[position]) << 12) | (HexDigit(text[position + 1]) << 8) | (HexDigit(text[position + 2]) << 4) | HexDigit(text[position + 3]);

    // True for a Unicode scalar value (any ASCII byte or a well-formed UTF-8 sequence); size is its length in bytes.
    private readonly bool DecodeAt(int position, out int size)
    {
        if (body[position] < 0x80)
        {
            size = 1;
            return true;
        }

        var status = Rune.DecodeFromUtf8(body[position..], out _, out size);
        return status == OperationStatus.Done;
    }

    // graphql-js's printCodePointAt: "<EOF>", a quoted printable ASCII character, or U+XXXX.
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= body.Length)
        {
            return TokenKind.EndOfFile.Describe();
        }

        var code = CodePointAt(position);
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return code >= 0 ? "U+" + code.ToString("X4") : $"byte 0x{body[position]:X2} (not UTF-8)";
    }

    // The code point at a position; a surrogate encoded as three bytes (what a string with a lone surrogate becomes,
    // see Source) decodes to the surrogate so that it is reported as graphql-js reports it. -1 for other invalid bytes.
    private readonly int CodePointAt(int position)
    {
        if (Rune.DecodeFromUtf8(body[position..], out var rune, out _) == OperationStatus.Done)
        {
            return rune.Value;
        }

        if (body[position] == 0xED && At(position + 1) is >= 0xA0 and <= 0xBF && At(position + 2) is >= 0x80 and <= 0xBF)
        {
            return 0xD000 | ((body[position + 1] & 0x3F) << 6) | (body[position + 2] & 0x3F);
        }

        return -1;
    }

    // graphql-js slices error excerpts in UTF-16 units.
    private readonly string SliceChars(int position, int charCount)
    {
        var text = Encoding.UTF8.GetString(body[position..Math.Min(body.Length, position + (charCount * 4))]);
        return text.Length > charCount ? text[..charCount] : text;
    }

    private readonly GraphQLError Error(int position, string description) => GraphQLError.Syntax(Source, position, description);

    private static bool IsDigit(int code) => code is >= '0' and <= '9';

    private static bool IsNameStart(int code) => code is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or '_';

    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private static int HexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static SearchValues<byte> StopsAnd(ReadOnlySpan<byte> ascii)
    {
        var stops = new List<byte>(ascii.ToArray());
        for (var b = 0x80; b <= 0xFF; b++)
        {
            stops.Add((byte)b);
        }

        return SearchValues.Create(stops.ToArray());
    }
}
