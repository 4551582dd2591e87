namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>
/// Where a node sits in its source: <paramref name="Start"/> inclusive, <paramref name="End"/> exclusive,
/// both offsets into the source's UTF-8 bytes (<see cref="Language.Source.Utf8"/>). A struct, so that parsing with
/// locations costs no extra allocation per node.
/// </summary>
public readonly record struct Location(int Start, int End, Source Source);
