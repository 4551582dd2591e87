using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Types;

/// <summary>One value of an enum type (spec 3.9): its GraphQL name and the internal (CLR) value it stands for.</summary>
public sealed class GraphQLEnumValue
{
    /// <param name="name">The name clients write.</param>
    /// <param name="value">The internal value; the name itself when omitted, as in graphql-js.</param>
    public GraphQLEnumValue(string name, object? value = null)
    {
        Name = NameAssertion.AssertEnumValueName(name);
        Value = value ?? name;
    }

    public string Name { get; }

    public object Value { get; }

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    public IDictionary<string, object?> Metadata { get; init; } = new Dictionary<string, object?>();

    public EnumValueDefinitionNode? AstNode { get; init; }

    public override string ToString() => Name;
}
