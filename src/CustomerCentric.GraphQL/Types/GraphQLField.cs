using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// A field of an object or interface type (spec 3.6), with the resolver slots execution reads.
/// The resolver slots are settable so that schema-first code can bind them after building; bind before serving requests.
/// </summary>
public sealed class GraphQLField
{
    private readonly IReadOnlyList<GraphQLArgument> _arguments = [];

    public GraphQLField(string name, GraphQLType type)
    {
        Name = NameAssertion.AssertName(name);
        Type = type ?? throw new ArgumentNullException(nameof(type));
    }

    public string Name { get; }

    public GraphQLType Type { get; }

    public string? Description { get; init; }

    public IReadOnlyList<GraphQLArgument> Arguments
    {
        get => _arguments;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var argument in value)
            {
                if (!names.Add(argument.Name))
                {
                    throw new ArgumentException($"Field \"{Name}\" has more than one argument named \"{argument.Name}\".", nameof(value));
                }
            }

            _arguments = value;
        }
    }

    public string? DeprecationReason { get; init; }

    /// <summary>The general resolver. When null, execution uses <see cref="ResolveSource"/>, then its default (property of the source by name).</summary>
    public FieldResolver? Resolve { get; set; }

    /// <summary>Synchronous fast path for plain reads of the parent value; see <see cref="SourceFieldResolver"/>.</summary>
    public SourceFieldResolver? ResolveSource { get; set; }

    /// <summary>The CLR property a code-first field reads (with <see cref="ResolveSource"/> compiled for it), for typed response writing.</summary>
    internal Execution.PropertyRead? PropertyRead { get; set; }

    /// <summary>For subscription root fields: creates the event stream whose items <see cref="Resolve"/> then maps.</summary>
    public SubscriptionResolver? Subscribe { get; set; }

    /// <summary>Annotations for later layers (cost, authorization); graphql-js calls this <c>extensions</c>.</summary>
    public IDictionary<string, object?> Metadata { get; init; } = new Dictionary<string, object?>();

    public FieldDefinitionNode? AstNode { get; init; }

    public GraphQLArgument? GetArgument(string name)
    {
        // Fields have few arguments: a linear scan beats hashing here.
        foreach (var argument in _arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    public override string ToString() => Name;
}
