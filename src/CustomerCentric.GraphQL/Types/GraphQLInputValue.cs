using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// What arguments and input object fields share (introspection's <c>__InputValue</c>): a name, an input type,
/// an optional default value (already an internal value, as in graphql-js 16) and an optional deprecation.
/// </summary>
public abstract class GraphQLInputValue
{
    private readonly object? _defaultValue;

    private protected GraphQLInputValue(string name, GraphQLType type)
    {
        Name = NameAssertion.AssertName(name);
        Type = type ?? throw new ArgumentNullException(nameof(type));
    }

    public string Name { get; }

    public GraphQLType Type { get; }

    public string? Description { get; init; }

    /// <summary>The default as an internal value; setting it (even to null) makes <see cref="HasDefaultValue"/> true.</summary>
    public object? DefaultValue
    {
        get => _defaultValue;
        init
        {
            _defaultValue = value;
            HasDefaultValue = true;
        }
    }

    /// <summary>Distinguishes "no default" from a default of null, which the spec treats differently (6.4.1).</summary>
    public bool HasDefaultValue { get; private init; }

    public string? DeprecationReason { get; init; }

    public IDictionary<string, object?> Metadata { get; init; } = new Dictionary<string, object?>();

    public InputValueDefinitionNode? AstNode { get; init; }

    /// <summary>Non-null and without default: a value must be given (spec 3.6.1 "required arguments").</summary>
    public bool IsRequired => Type is GraphQLNonNull && !HasDefaultValue;

    public override string ToString() => $"{Name}: {Type}";
}
