using System.Text;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;

namespace CustomerCentric.GraphQL.Tests.Language;

public sealed class LexerTests
{
    [Fact]
    public void Reads_every_punctuator_and_skips_ignored_tokens()
    {
        var tokens = Lex("\uFEFF ! $ & ( ) ... : = @ [ ] { | } ,,, # comment\r\n\t");

        Assert.Equal(
        [
            TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
            TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
            TokenKind.Pipe, TokenKind.BraceR, TokenKind.EndOfFile,
        ],
        tokens.Select(token => token.Kind));
    }

    [Fact]
    public void Reads_names_and_numbers_with_values_and_byte_offsets()
    {
        var tokens = Lex("_name2 -0 42 4.5 -1e10 6.0E+3");

        Assert.Equal(
        [
            new Token(TokenKind.Name, 0, 6, "_name2"),
            new Token(TokenKind.Int, 7, 9, "-0"),
            new Token(TokenKind.Int, 10, 12, "42"),
            new Token(TokenKind.Float, 13, 16, "4.5"),
            new Token(TokenKind.Float, 17, 22, "-1e10"),
            new Token(TokenKind.Float, 23, 29, "6.0E+3"),
            new Token(TokenKind.EndOfFile, 29, 29, null),
        ],
        tokens);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\\\\\/\\\"\"", "escaped \n\r\b\t\f\\/\"")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"variable \\u{1F600} \\u{0041}\"", "variable \U0001F600 A")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"raw é😀 and \\u00e9\"", "raw é😀 and é")]
    [InlineData("\"control \u0001 kept\"", "control \u0001 kept")]
    public void Reads_strings_with_escapes(string literal, string value)
    {
        var token = Assert.Single(Lex(literal), token => token.Kind == TokenKind.String);

        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Reads_block_strings_dedented_with_escaped_triple_quotes()
    {
        var token = Lex("\"\"\"\n    first\n      second \\\"\"\" \r\n    third\n\n  \"\"\"")[0];

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("first\n  second \"\"\" \nthird", token.Value);
    }

    [Fact]
    public void Reads_utf8_bytes_without_a_string()
    {
        var source = new Source(Encoding.UTF8.GetBytes("{ \"é\" }"));
        var lexer = new Lexer(source);
        lexer.Advance();
        lexer.Advance();

        Assert.Equal(new Token(TokenKind.String, 2, 6, "é"), lexer.Current);
    }

    [Fact]
    public void Lookahead_does_not_move_the_lexer()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();

        var ahead = lexer.Lookahead();

        Assert.Equal("b", ahead.Value);
        Assert.Equal("a", lexer.Value);
    }

    [Theory]
    [InlineData("\n\n   ?", "Syntax Error: Unexpected character: \"?\".", 3, 4)]
    [InlineData("\r\n\r\"", "Syntax Error: Unterminated string.", 3, 2)]
    [InlineData("\"\u00e9\\z\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 3)]
    [InlineData("\"\\u{1F600\u00e9}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{1F600\u00e9\".", 1, 2)]
    [InlineData("1.e5", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData("1_", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("-a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 2)]
    [InlineData("\"a", "Syntax Error: Unterminated string.", 1, 3)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.", 1, 1)]
    [InlineData("\U0001F600", "Syntax Error: Unexpected character: U+1F600.", 1, 1)]
    [InlineData("\"\\u{D83D}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 2)]
    [InlineData("\"\\uDE00\\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 2)]
    public void Rejects_invalid_input_at_the_exact_location(string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Lex(text));

        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
    }

    // Lone surrogates are built here, not in InlineData: theory data serialization would replace them.
    [Fact]
    public void Rejects_lone_surrogates_like_graphql_js()
    {
        var lead = ((char)0xD800).ToString();
        var trail = ((char)0xDC00).ToString();
        (string Text, string Message, int Column)[] cases =
        [
            ("\"" + lead + "\"", "Syntax Error: Invalid character within String: U+D800.", 2),
            ("\"" + trail + "\"", "Syntax Error: Invalid character within String: U+DC00.", 2),
            (lead, "Syntax Error: Invalid character: U+D800.", 1),
            ("\"\"\"" + lead + "\"\"\"", "Syntax Error: Invalid character within String: U+D800.", 4),
            ("# comment " + lead + "\n", "Syntax Error: Invalid character: U+D800.", 11),
        ];

        foreach (var (text, message, column) in cases)
        {
            var error = Assert.Throws<GraphQLError>(() => Lex(text));
            Assert.Equal(message, error.Message);
            Assert.Equal([new SourceLocation(1, column)], error.Locations);
        }
    }

    [Fact]
    public void Rejects_bytes_that_are_not_utf8()
    {
        var source = new Source(new byte[] { (byte)'"', 0xC3, (byte)'"' });

        var error = Assert.Throws<GraphQLError>(() => Lex(source));

        Assert.Equal("Syntax Error: Invalid character within String: byte 0xC3 (not UTF-8).", error.Message);
    }

    private static List<Token> Lex(string text) => Lex(new Source(text));

    private static List<Token> Lex(Source source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        do
        {
            lexer.Advance();
            tokens.Add(lexer.Current);
        }
        while (lexer.Kind != TokenKind.EndOfFile);

        return tokens;
    }
}
