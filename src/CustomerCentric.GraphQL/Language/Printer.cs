using System.Text;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL text exactly as graphql-js 16's <c>print</c> does: two-space indentation, block
/// strings kept as block strings, field arguments wrapped onto separate lines past 80 columns, and argument
/// definitions one per line once any of them spans lines (e.g. has a description).
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(Node node) => Reduce(node).Render();

    /// <summary>A string as a GraphQL string literal, escaping quotes, backslashes and control characters.</summary>
    public static string PrintString(string value)
    {
        var result = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => result.Append("\\\""),
                '\\' => result.Append("\\\\"),
                '\b' => result.Append("\\b"),
                '\t' => result.Append("\\t"),
                '\n' => result.Append("\\n"),
                '\f' => result.Append("\\f"),
                '\r' => result.Append("\\r"),
                <= '\u001F' or (>= '\u007F' and <= '\u009F') => result.Append("\\u").Append(((int)c).ToString("X4")),
                _ => result.Append(c),
            };
        }

        return result.Append('"').ToString();
    }

    private static PrintBuffer Reduce(Node node) => node switch
    {
        NameNode name => Text(name.Value),
        VariableNode variable => Join(["$", Reduce(variable.Name)]),
        DocumentNode document => JoinNodes(document.Definitions, "\n\n"),
        OperationDefinitionNode operation => PrintOperation(operation),
        VariableDefinitionNode definition => Join(
        [
            Wrap(string.Empty, Optional(definition.Description), "\n"),
            Reduce(definition.Variable),
            ": ",
            Reduce(definition.Type),
            Wrap(" = ", Optional(definition.DefaultValue)),
            Wrap(" ", JoinNodes(definition.Directives, " ")),
        ]),
        SelectionSetNode selectionSet => Block(selectionSet.Selections),
        FieldNode field => Join(
        [
            WrappedLineAndArguments(Join([Wrap(string.Empty, Optional(field.Alias), ": "), Reduce(field.Name)]), field.Arguments),
            Wrap(" ", JoinNodes(field.Directives, " ")),
            Wrap(" ", Optional(field.SelectionSet)),
        ]),
        ArgumentNode argument => Join([Reduce(argument.Name), ": ", Reduce(argument.Value)]),
        FragmentSpreadNode spread => Join(["...", Reduce(spread.Name), Wrap(" ", JoinNodes(spread.Directives, " "))]),
        InlineFragmentNode inline => Join(
            ["...", Wrap("on ", Optional(inline.TypeCondition)), JoinNodes(inline.Directives, " "), Reduce(inline.SelectionSet)],
            " "),
        FragmentDefinitionNode fragment => Join(
        [
            Wrap(string.Empty, Optional(fragment.Description), "\n"),
            "fragment ",
            Reduce(fragment.Name),
            " on ",
            Reduce(fragment.TypeCondition),
            " ",
            Wrap(string.Empty, JoinNodes(fragment.Directives, " "), " "),
            Reduce(fragment.SelectionSet),
        ]),
        IntValueNode value => Text(value.Value),
        FloatValueNode value => Text(value.Value),
        StringValueNode value => value.Block ? new PrintBuffer(BlockString.Print(value.Value), isBlockString: true) : Text(PrintString(value.Value)),
        BooleanValueNode value => Text(value.Value ? "true" : "false"),
        NullValueNode => Text("null"),
        EnumValueNode value => Text(value.Value),
        ListValueNode list => Join(["[", JoinNodes(list.Values, ", "), "]"]),
        ObjectValueNode obj => Join(["{", JoinNodes(obj.Fields, ", "), "}"]),
        ObjectFieldNode field => Join([Reduce(field.Name), ": ", Reduce(field.Value)]),
        DirectiveNode directive => Join(["@", Reduce(directive.Name), Wrap("(", JoinNodes(directive.Arguments, ", "), ")")]),
        NamedTypeNode type => Reduce(type.Name),
        ListTypeNode type => Join(["[", Reduce(type.Type), "]"]),
        NonNullTypeNode type => Join([Reduce(type.Type), "!"]),
        SchemaDefinitionNode schema => Described(
            schema.Description,
            Join(["schema", JoinNodes(schema.Directives, " "), Block(schema.OperationTypes)], " ")),
        OperationTypeDefinitionNode operationType => Join([OperationName(operationType.Operation), ": ", Reduce(operationType.Type)]),
        ScalarTypeDefinitionNode scalar => Described(
            scalar.Description,
            Join(["scalar", Reduce(scalar.Name), JoinNodes(scalar.Directives, " ")], " ")),
        ObjectTypeDefinitionNode type => Described(
            type.Description,
            Join(["type", Reduce(type.Name), Implements(type.Interfaces), JoinNodes(type.Directives, " "), Block(type.Fields)], " ")),
        FieldDefinitionNode field => Join(
        [
            Wrap(string.Empty, Optional(field.Description), "\n"),
            Reduce(field.Name),
            ArgumentDefinitions(field.Arguments),
            ": ",
            Reduce(field.Type),
            Wrap(" ", JoinNodes(field.Directives, " ")),
        ]),
        InputValueDefinitionNode input => Join(
        [
            Wrap(string.Empty, Optional(input.Description), "\n"),
            Reduce(input.Name),
            ": ",
            Reduce(input.Type),
            Wrap(" = ", Optional(input.DefaultValue)),
            Wrap(" ", JoinNodes(input.Directives, " ")),
        ]),
        InterfaceTypeDefinitionNode type => Described(
            type.Description,
            Join(["interface", Reduce(type.Name), Implements(type.Interfaces), JoinNodes(type.Directives, " "), Block(type.Fields)], " ")),
        UnionTypeDefinitionNode union => Described(
            union.Description,
            Join(["union", Reduce(union.Name), JoinNodes(union.Directives, " "), Wrap("= ", JoinNodes(union.Types, " | "))], " ")),
        EnumTypeDefinitionNode type => Described(
            type.Description,
            Join(["enum", Reduce(type.Name), JoinNodes(type.Directives, " "), Block(type.Values)], " ")),
        EnumValueDefinitionNode value => Described(
            value.Description,
            Join([Reduce(value.Name), JoinNodes(value.Directives, " ")], " ")),
        InputObjectTypeDefinitionNode type => Described(
            type.Description,
            Join(["input", Reduce(type.Name), JoinNodes(type.Directives, " "), Block(type.Fields)], " ")),
        DirectiveDefinitionNode directive => Join(
        [
            Wrap(string.Empty, Optional(directive.Description), "\n"),
            "directive @",
            Reduce(directive.Name),
            ArgumentDefinitions(directive.Arguments),
            directive.Repeatable ? " repeatable" : string.Empty,
            " on ",
            JoinNodes(directive.Locations, " | "),
        ]),
        SchemaExtensionNode extension => Join(
            ["extend schema", JoinNodes(extension.Directives, " "), Block(extension.OperationTypes)], " "),
        ScalarTypeExtensionNode extension => Join(["extend scalar", Reduce(extension.Name), JoinNodes(extension.Directives, " ")], " "),
        ObjectTypeExtensionNode extension => Join(
            ["extend type", Reduce(extension.Name), Implements(extension.Interfaces), JoinNodes(extension.Directives, " "), Block(extension.Fields)],
            " "),
        InterfaceTypeExtensionNode extension => Join(
            ["extend interface", Reduce(extension.Name), Implements(extension.Interfaces), JoinNodes(extension.Directives, " "), Block(extension.Fields)],
            " "),
        UnionTypeExtensionNode extension => Join(
            ["extend union", Reduce(extension.Name), JoinNodes(extension.Directives, " "), Wrap("= ", JoinNodes(extension.Types, " | "))],
            " "),
        EnumTypeExtensionNode extension => Join(
            ["extend enum", Reduce(extension.Name), JoinNodes(extension.Directives, " "), Block(extension.Values)], " "),
        InputObjectTypeExtensionNode extension => Join(
            ["extend input", Reduce(extension.Name), JoinNodes(extension.Directives, " "), Block(extension.Fields)], " "),
        _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
    };

    private static PrintBuffer PrintOperation(OperationDefinitionNode operation)
    {
        var variableDefinitions = operation.VariableDefinitions.Select(Reduce).ToList();
        var variables = HasMultilineItems(variableDefinitions)
            ? Wrap("(\n", Join(variableDefinitions, "\n"), "\n)")
            : Wrap("(", Join(variableDefinitions, ", "), ")");
        var operationName = OperationName(operation.Operation);
        var prefix = Join(
        [
            Wrap(string.Empty, Optional(operation.Description), "\n"),
            Join([operationName, Join([Optional(operation.Name), variables]), JoinNodes(operation.Directives, " ")], " "),
        ]);

        // An anonymous query without variables or directives prints as the shorthand "{ ... }".
        var shorthand = operation.Operation == OperationType.Query && prefix.Length == operationName.Length;
        return Join([shorthand ? PrintBuffer.Empty : Join([prefix, " "]), Reduce(operation.SelectionSet)]);
    }

    private static PrintBuffer Described(StringValueNode? description, PrintBuffer definition) =>
        Join([Wrap(string.Empty, Optional(description), "\n"), definition]);

    private static PrintBuffer Implements(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", JoinNodes(interfaces, " & "));

    private static PrintBuffer ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Reduce).ToList();
        return HasMultilineItems(printed)
            ? Wrap("(\n", Join(printed, "\n").Indent(), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static PrintBuffer WrappedLineAndArguments(PrintBuffer prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }

        var printed = arguments.Select(Reduce).ToList();
        var oneLineLength = prefix.Length + JoinedLength(printed, ", ".Length) + 2;
        return Join(
        [
            prefix,
            oneLineLength > MaxLineLength
                ? Wrap("(\n", Join(printed, "\n").Indent(), "\n)")
                : Wrap("(", Join(printed, ", "), ")"),
        ]);
    }

    private static int JoinedLength(List<PrintBuffer> items, int separatorLength)
    {
        var length = 0;
        foreach (var item in items)
        {
            if (item.Length != 0)
            {
                length += (length == 0 ? 0 : separatorLength) + item.Length;
            }
        }

        return length;
    }

    private static bool HasMultilineItems(List<PrintBuffer> items) => items.Exists(item => item.Newlines != 0);

    private static PrintBuffer Block<T>(IReadOnlyList<T> nodes)
        where T : Node => Wrap("{\n", JoinNodes(nodes, "\n").Indent(), "\n}");

    private static PrintBuffer Wrap(string start, PrintBuffer? buffer, string end = "")
    {
        if (buffer is null || buffer.Length == 0)
        {
            return PrintBuffer.Empty;
        }

        return start.Length == 0 ? buffer.Append(end) : new PrintBuffer(start).Append(buffer).Append(end);
    }

    private static PrintBuffer JoinNodes<T>(IReadOnlyList<T> nodes, string separator)
        where T : Node => nodes.Count == 0 ? PrintBuffer.Empty : Join(nodes.Select(Reduce).ToList(), separator);

    private static PrintBuffer Join(List<PrintBuffer> items, string separator = "")
    {
        var result = PrintBuffer.Empty;
        foreach (var item in items)
        {
            if (item.Length == 0)
            {
                continue;
            }

            if (result.Length == 0)
            {
                result = item;
            }
            else
            {
                if (separator.Length != 0)
                {
                    result.Append(separator);
                }

                result.Append(item);
            }
        }

        return result;
    }

    private static PrintBuffer Join(ReadOnlySpan<Piece> pieces, string separator = "")
    {
        var items = new List<PrintBuffer>(pieces.Length);
        foreach (var piece in pieces)
        {
            items.Add(piece.Buffer);
        }

        return Join(items, separator);
    }

    private static PrintBuffer Optional(Node? node) => node is null ? PrintBuffer.Empty : Reduce(node);

    private static PrintBuffer Text(string text) => text.Length == 0 ? PrintBuffer.Empty : new PrintBuffer(text);

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    // A piece of a join: literal text or an already printed node.
    private readonly record struct Piece(PrintBuffer Buffer)
    {
        public static implicit operator Piece(string text) => new(Text(text));

        public static implicit operator Piece(PrintBuffer buffer) => new(buffer);
    }
}
