namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>
/// Where a node sits in its source: <paramref name="Start"/> inclusive, <paramref name="End"/> exclusive,
/// both offsets into the source's UTF-8 bytes (<see cref="Language.Source.Utf8"/>).
/// </summary>
public sealed record Location(int Start, int End, Source Source);
