using System.Text;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Error;

/// <summary>
/// An error as the specification's response format describes it (spec 7.1.2): a message, the source locations it
/// refers to, the response path of the field that failed, and extensions. It is also an exception so that the
/// lexer, parser and resolvers can throw it. Locations come from <paramref name="positions"/> in
/// <paramref name="source"/> when given, otherwise from the nodes' locations (as graphql-js does).
/// </summary>
public class GraphQLError(
    string message,
    IReadOnlyList<Node>? nodes = null,
    Source? source = null,
    IReadOnlyList<int>? positions = null,
    IReadOnlyList<object>? path = null,
    Exception? originalError = null,
    IReadOnlyDictionary<string, object?>? extensions = null)
    : Exception(message, originalError)
{
    private readonly ErrorSite site = ErrorSite.From(nodes, source, positions);

    /// <summary>The nodes the error is about, if any.</summary>
    public IReadOnlyList<Node>? Nodes { get; } = nodes is { Count: > 0 } ? nodes : null;

    /// <summary>
    /// The document the <see cref="Positions"/> refer to (the first node's source when built from nodes). It hides
    /// <see cref="Exception.Source"/> (an assembly name) on purpose: this is graphql-js's <c>source</c>.
    /// </summary>
    public new Source? Source => site.Source;

    /// <summary>UTF-8 byte offsets in <see cref="Source"/>.</summary>
    public IReadOnlyList<int>? Positions => site.Positions;

    /// <summary>1-based line/column pairs; null when the error has no location (then "locations" is omitted).</summary>
    public IReadOnlyList<SourceLocation>? Locations => site.Locations;

    /// <summary>The response path: field names (string) and list indices (int).</summary>
    public IReadOnlyList<object>? Path { get; } = path;

    /// <summary>The exception thrown by a resolver or scalar, when the error wraps one.</summary>
    public Exception? OriginalError => InnerException;

    /// <summary>Extensions; taken from the original error when that is a GraphQLError and none are given.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; } =
        extensions ?? (originalError as GraphQLError)?.Extensions;

    /// <summary>A lexer or parser error: "Syntax Error: " + description, located at one byte offset.</summary>
    public static GraphQLError Syntax(Source source, int position, string description) =>
        new("Syntax Error: " + description, source: source, positions: [position]);

    /// <summary>The message followed by each location as "name (line:column)", like graphql-js's toString minus the excerpt.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Message);
        if (Locations is { } locations)
        {
            var name = Source?.Name ?? Language.Source.DefaultName;
            foreach (var location in locations)
            {
                text.Append("\n\n").Append(name).Append(" (").Append(location.Line).Append(':').Append(location.Column).Append(')');
            }
        }

        return text.ToString();
    }

    private sealed record ErrorSite(Source? Source, IReadOnlyList<int>? Positions, IReadOnlyList<SourceLocation>? Locations)
    {
        public static ErrorSite From(IReadOnlyList<Node>? nodes, Source? source, IReadOnlyList<int>? positions)
        {
            var nodeLocations = nodes?.Where(node => node.Loc.HasValue).Select(node => node.Loc!.Value).ToArray();
            source ??= nodeLocations is { Length: > 0 } ? nodeLocations[0].Source : null;
            positions ??= nodeLocations?.Select(location => location.Start).ToArray();
            if (positions is { Count: 0 })
            {
                positions = null;
            }

            IReadOnlyList<SourceLocation>? locations = null;
            if (positions is not null && source is not null)
            {
                locations = positions.Select(source.GetLocation).ToArray();
            }
            else if (nodeLocations is { Length: > 0 })
            {
                locations = nodeLocations.Select(location => location.Source.GetLocation(location.Start)).ToArray();
            }

            return new ErrorSite(source, positions, locations);
        }
    }
}
