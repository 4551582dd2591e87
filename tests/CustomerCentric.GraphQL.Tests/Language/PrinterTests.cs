using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Tests.Language;

/// <summary>
/// The printer against graphql-js 16.15: the *.printed.graphql files are graphql-js's <c>print(parse(...))</c> of our
/// kitchen-sink documents (descriptions, block strings, 80-column argument wrapping, every definition kind).
/// </summary>
public sealed class PrinterTests
{
    [Theory]
    [InlineData("kitchen-sink-schema")]
    [InlineData("kitchen-sink-query")]
    public void Prints_like_graphql_js(string name)
    {
        var printed = Printer.Print(Parser.Parse(Read(name + ".graphql")));

        Assert.Equal(Read(name + ".printed.graphql"), printed);
    }

    [Theory]
    [InlineData("kitchen-sink-schema")]
    [InlineData("kitchen-sink-query")]
    public void Round_trips_parse_print_parse(string name)
    {
        var first = Parser.Parse(Read(name + ".graphql"));
        var printed = Printer.Print(first);
        var second = Parser.Parse(printed);

        Assert.Equal(NodeShape.Of(first), NodeShape.Of(second));
        Assert.Equal(printed, Printer.Print(second));
    }

    [Fact]
    public void Prints_nodes_built_in_code()
    {
        var type = new NonNullTypeNode { Type = new ListTypeNode { Type = new NamedTypeNode { Name = new NameNode { Value = "Int" } } } };
        var field = new FieldNode
        {
            Alias = new NameNode { Value = "total" },
            Name = new NameNode { Value = "count" },
            Arguments = [new ArgumentNode { Name = new NameNode { Value = "x" }, Value = new StringValueNode { Value = "a\"b" } }],
        };

        Assert.Equal("[Int]!", Printer.Print(type));
        Assert.Equal("total: count(x: \"a\\\"b\")", Printer.Print(field));
    }

    [Fact]
    // The one-line length counts the field name, the arguments and the parentheses, not the indentation.
    public void Wraps_field_arguments_only_past_80_columns()
    {
        var fits = "{\n  f(a: \"" + new string('x', 72) + "\")\n}";
        var wraps = "{\n  f(a: \"" + new string('x', 73) + "\")\n}";

        Assert.Equal(fits, Printer.Print(Parser.Parse(fits)));
        Assert.Equal("{\n  f(\n    a: \"" + new string('x', 73) + "\"\n  )\n}", Printer.Print(Parser.Parse(wraps)));
    }

    [Theory]
    [InlineData("a\u0000b", "\"a\\u0000b\"")]
    [InlineData("\u007F\u009F\u00A0", "\"\\u007F\\u009F\u00A0\"")]
    [InlineData("\b\f\n\r\t\\/", "\"\\b\\f\\n\\r\\t\\\\/\"")]
    public void Escapes_strings(string value, string literal)
    {
        Assert.Equal(literal, Printer.PrintString(value));
        Assert.Equal(value, ((StringValueNode)Parser.ParseValue(literal)).Value);
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Documents", file));
}
