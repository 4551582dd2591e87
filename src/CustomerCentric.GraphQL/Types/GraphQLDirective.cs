using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Types;

/// <summary>A directive definition (spec 3.13): where it may appear, whether it may repeat, and its arguments.</summary>
public sealed class GraphQLDirective
{
    public GraphQLDirective(string name, IEnumerable<DirectiveLocation> locations)
    {
        Name = NameAssertion.AssertName(name);
        ArgumentNullException.ThrowIfNull(locations);
        Locations = [.. locations];
    }

    public string Name { get; }

    public string? Description { get; init; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; init; }

    public IReadOnlyList<GraphQLArgument> Arguments { get; init; } = [];

    public IDictionary<string, object?> Metadata { get; init; } = new Dictionary<string, object?>();

    public DirectiveDefinitionNode? AstNode { get; init; }

    public GraphQLArgument? GetArgument(string name) => Arguments.FirstOrDefault(argument => argument.Name == name);

    public override string ToString() => "@" + Name;
}
