using System.Collections.Frozen;
using System.Text;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// An enum type (spec 3.9). Serializes internal values to names and parses names to internal values,
/// with graphql-js 16's error messages and "Did you mean" suggestions.
/// </summary>
public sealed class GraphQLEnumType : GraphQLNamedType, IGraphQLLeafType
{
    private readonly Dictionary<string, GraphQLEnumValue> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, GraphQLEnumValue> _byValue = [];

    // String internal values (every enum built from SDL), frozen: hashing a few characters of a short name beats hashing the whole object.
    private readonly FrozenDictionary<string, GraphQLEnumValue> _byStringValue;

    // CLR enum internal values (code-first enums) of one int-based type with small non-negative members: names by member, so
    // serializing costs a type test and an index instead of hashing the boxed value and Enum.Equals.
    private readonly Type? _clrEnum;
    private readonly string?[] _namesByMember = [];

    public GraphQLEnumType(string name, IEnumerable<GraphQLEnumValue> values)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = new List<GraphQLEnumValue>();
        var byStringValue = new Dictionary<string, GraphQLEnumValue>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!_byName.TryAdd(value.Name, value))
            {
                throw new ArgumentException($"Enum \"{name}\" has more than one value named \"{value.Name}\".", nameof(values));
            }

            // The first name wins for serialization when two names share an internal value, as with a JS Map built in order.
            _byValue.TryAdd(value.Value, value);
            if (value.Value is string text)
            {
                byStringValue.TryAdd(text, value);
            }

            list.Add(value);
        }

        Values = list;
        _byStringValue = byStringValue.ToFrozenDictionary(StringComparer.Ordinal);
        if (list.Count > 0 && list[0].Value is Enum { } first && Enum.GetUnderlyingType(first.GetType()) == typeof(int)
            && list.All(value => value.Value.GetType() == first.GetType() && (int)value.Value is >= 0 and < 256))
        {
            _clrEnum = first.GetType();
            _namesByMember = new string?[list.Max(value => (int)value.Value) + 1];
            foreach (var value in list)
            {
                _namesByMember[(int)value.Value] ??= value.Name;
            }
        }
    }

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<GraphQLEnumValue> Values { get; }

    public EnumTypeDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<EnumTypeExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>
    /// An enum whose values are the members of <typeparamref name="TEnum"/>, named in SCREAMING_SNAKE_CASE
    /// (<c>KeyAccount</c> becomes <c>KEY_ACCOUNT</c>), with the CLR members as internal values.
    /// </summary>
    public static GraphQLEnumType FromEnum<TEnum>(string? name = null, string? description = null)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>().Select(member => new GraphQLEnumValue(ToConstantCase(member.ToString()), member));
        return new GraphQLEnumType(name ?? typeof(TEnum).Name, values) { Description = description };
    }

    public GraphQLEnumValue? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The CLR enum whose members are all the internal values (int-based, members 0..255), or null.</summary>
    internal Type? ClrEnum => _clrEnum;

    /// <summary>The name <see cref="Serialize"/> gives a member of <see cref="ClrEnum"/>; null when it has none (it then throws).</summary>
    internal string? NameOfMember(int member) => (uint)member < (uint)_namesByMember.Length ? _namesByMember[member] : null;

    public object? Serialize(object? value)
    {
        // A boxed int-based enum unboxes as its int.
        if (value is not null && value.GetType() == _clrEnum && (int)value is var member && (uint)member < (uint)_namesByMember.Length
            && _namesByMember[member] is { } name)
        {
            return name;
        }

        if (value is string text ? _byStringValue.TryGetValue(text, out var enumValue) : value is not null && _byValue.TryGetValue(value, out enumValue))
        {
            return enumValue.Name;
        }

        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(value)}");
    }

    public object? ParseValue(object? value)
    {
        if (value is not string text)
        {
            var valueText = Inspector.Inspect(value);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {valueText}." + DidYouMeanValue(valueText));
        }

        return GetValue(text)?.Value
            ?? throw new GraphQLError($"Value \"{text}\" does not exist in \"{Name}\" enum." + DidYouMeanValue(text));
    }

    public object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not EnumValueNode enumNode)
        {
            var valueText = Printer.Print(valueNode);
            throw new GraphQLError(
                $"Enum \"{Name}\" cannot represent non-enum value: {valueText}." + DidYouMeanValue(valueText),
                [valueNode]);
        }

        return GetValue(enumNode.Value)?.Value
            ?? throw new GraphQLError(
                $"Value \"{enumNode.Value}\" does not exist in \"{Name}\" enum." + DidYouMeanValue(enumNode.Value),
                [valueNode]);
    }

    private string DidYouMeanValue(string unknown) =>
        DidYouMean.Format("the enum value", SuggestionList.For(unknown, Values.Select(value => value.Name)));

    /// <summary>SCREAMING_SNAKE_CASE of a PascalCase CLR name; shared with code-first naming.</summary>
    internal static string ToConstantCase(string clrName)
    {
        var text = new StringBuilder(clrName.Length + 4);
        for (var i = 0; i < clrName.Length; i++)
        {
            var c = clrName[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(clrName[i - 1]) || (i + 1 < clrName.Length && char.IsLower(clrName[i + 1]) && char.IsUpper(clrName[i - 1])));
            if (startsWord)
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(c));
        }

        return text.ToString();
    }
}
