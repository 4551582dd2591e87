using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;

namespace CustomerCentric.GraphQL.Tests.Language;

/// <summary>
/// Lexical and syntax errors: message and location as graphql-js 16.15 reports them for the same document
/// (expected values were produced by running graphql-js on these inputs).
/// </summary>
public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("{ a(x: 0xF) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: .5) }", "Syntax Error: Unexpected character: \".\".", 1, 8)]
    [InlineData("{ a(x: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9)]
    [InlineData("{ a(x: 1a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9)]
    [InlineData("{ a(x: 1.5e+) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 13)]
    [InlineData("{ a(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)]
    [InlineData("{ a(x: 1.2.3) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("{ a(x: \"abc) }", "Syntax Error: Unterminated string.", 1, 15)]
    [InlineData("{ a(x: \"a\nb\") }", "Syntax Error: Unterminated string.", 1, 10)]
    [InlineData("{ a(x: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("{ a(x: \"\\u12\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\")\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD800\\u0041\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{D800}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 9)]
    [InlineData("{ a(x: \"\\uDC00\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDC00\".", 1, 9)]
    [InlineData("{ a(x: \"\"\"abc) }", "Syntax Error: Unterminated string.", 1, 17)]
    [InlineData("{ a(x: 'a') }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8)]
    [InlineData("{ a ? }", "Syntax Error: Unexpected character: \"?\".", 1, 5)]
    [InlineData("{ a \u0007 }", "Syntax Error: Unexpected character: U+0007.", 1, 5)]
    [InlineData("{ a(x: \"\\u{1F600\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{1F600\"\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{FFFFFFFFF}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 9)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a(x: $v) }x", "Syntax Error: Unexpected Name \"x\".", 1, 13)]
    [InlineData("query Q($v: Int = $w) { a }", "Syntax Error: Unexpected variable \"$w\" in constant value.", 1, 19)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { \"d\" null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend foo T", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("type T { a: [Int }", "Syntax Error: Expected \"]\", found \"}\".", 1, 18)]
    [InlineData("{ a(x: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("notakeyword { a }", "Syntax Error: Unexpected Name \"notakeyword\".", 1, 1)]
    [InlineData("schema @d", "Syntax Error: Expected \"{\", found <EOF>.", 1, 10)]
    [InlineData("{ a ... }", "Syntax Error: Expected \"{\", found \"}\".", 1, 9)]
    [InlineData("type T { a(x: Int =) : Int }", "Syntax Error: Unexpected \")\".", 1, 20)]
    [InlineData("{ \u00E9 }", "Syntax Error: Unexpected character: U+00E9.", 1, 3)]
    [InlineData("{ a(x: \"\u00E9\\q\") }", "Syntax Error: Invalid character escape sequence: \"\\q\".", 1, 10)]
    public void Rejects_with_graphql_js_message_and_location(string document, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));

        Assert.Equal(message, error.Message);
        var location = Assert.Single(error.Locations!);
        Assert.Equal(new SourceLocation(line, column), location);
    }

    [Theory]
    [InlineData("query Q { a(b: {c: $d}) }", "query Q {\n  a(b: {c: $d})\n}")]
    [InlineData("type T implements & A & B { a: Int }", "type T implements A & B {\n  a: Int\n}")]
    [InlineData("union U = | A | B", "union U = A | B")]
    [InlineData("{ a(x: \"\\\"\") }", "{\n  a(x: \"\\\"\")\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("{ a(x: -0) }", "{\n  a(x: -0)\n}")]
    [InlineData("{ a(x: 1e5) }", "{\n  a(x: 1e5)\n}")]
    [InlineData("{ a(x: -1.5E-3) }", "{\n  a(x: -1.5E-3)\n}")]
    [InlineData("\uFEFF{ a }", "{\n  a\n}")]
    [InlineData("{ a(x: \"\uD83D\uDE00\") }", "{\n  a(x: \"\uD83D\uDE00\")\n}")]
    [InlineData("# comment\n{ a } # trailing\n", "{\n  a\n}")]
    [InlineData("{ a(x: 1) @d(y: $z) }", "{\n  a(x: 1) @d(y: $z)\n}")]
    [InlineData("query ($a: Int @d) { a }", "query ($a: Int @d) {\n  a\n}")]
    [InlineData("{ a(x: \"\\u{1F600}\\uD83D\\uDE00\") }", "{\n  a(x: \"\uD83D\uDE00\uD83D\uDE00\")\n}")]
    public void Accepts_and_prints_like_graphql_js(string document, string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.Parse(document)));
    }
}
