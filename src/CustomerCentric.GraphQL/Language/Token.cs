namespace CustomerCentric.GraphQL.Language;

/// <summary>
/// A token as a value: kind, UTF-8 byte range and its value (names, numbers as written, strings unescaped and
/// block strings dedented; null for punctuators). The lexer itself never allocates one; this is for callers and tests.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, string? Value);
