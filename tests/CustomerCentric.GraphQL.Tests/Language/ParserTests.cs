using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Parses_an_operation_into_nodes_with_byte_locations()
    {
        const string text = "query Q($id: ID! = \"1\") @live { alias: node(id: $id) { ...F ... on User { name } } }";
        var document = Parser.Parse(text);

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("id", variable.Variable.Name.Value);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(variable.Type).Type).Name.Value);
        Assert.Equal("1", Assert.IsType<StringValueNode>(variable.DefaultValue).Value);
        Assert.Equal("live", Assert.Single(operation.Directives).Name.Value);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(("alias", "node"), (field.Alias!.Value, field.Name.Value));
        Assert.IsType<VariableNode>(Assert.Single(field.Arguments).Value);
        Assert.Collection(
            field.SelectionSet!.Selections,
            spread => Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(spread).Name.Value),
            inline => Assert.Equal("User", Assert.IsType<InlineFragmentNode>(inline).TypeCondition!.Name.Value));

        Assert.Equal(new Location(0, text.Length, document.Loc!.Value.Source), document.Loc);
        Assert.Equal((0, text.Length), (operation.Loc!.Value.Start, operation.Loc.Value.End));
        Assert.Equal("alias: node(id: $id) { ...F ... on User { name } }", text[field.Loc!.Value.Start..field.Loc.Value.End]);
        Assert.Equal("$id: ID! = \"1\"", text[variable.Loc!.Value.Start..variable.Loc.Value.End]);
        Assert.Equal(34, document.TokenCount); // graphql-js's tokenCount for the same text
    }

    [Fact]
    public void Parses_every_value_kind()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{i: 1, f: 1.5, s: \"s\", b: \"\"\"b\"\"\", t: true, n: null, e: RED, l: [1, $v]}"));

        Assert.Collection(
            value.Fields.Select(field => field.Value),
            v => Assert.Equal("1", Assert.IsType<IntValueNode>(v).Value),
            v => Assert.Equal("1.5", Assert.IsType<FloatValueNode>(v).Value),
            v => Assert.False(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.IsType<NullValueNode>(v),
            v => Assert.Equal("RED", Assert.IsType<EnumValueNode>(v).Value),
            v => Assert.IsType<VariableNode>(Assert.IsType<ListValueNode>(v).Values[1]));
    }

    [Fact]
    public void Const_values_and_types_have_their_own_entry_points()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.ParseConstValue("[1, $v]"));
        var type = Parser.ParseType("[[String!]]!");

        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Message);
        Assert.Equal("[[String!]]!", Printer.Print(type));
        Assert.Throws<GraphQLError>(() => Parser.ParseType("String extra"));
    }

    [Fact]
    public void Parses_every_type_system_definition_and_extension()
    {
        var document = Parser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Documents", "kitchen-sink-schema.graphql")));

        Assert.Equal(
        [
            Kind.SchemaDefinition, Kind.ObjectTypeDefinition, Kind.InterfaceTypeDefinition, Kind.InterfaceTypeDefinition,
            Kind.UnionTypeDefinition, Kind.EnumTypeDefinition, Kind.InputObjectTypeDefinition, Kind.ScalarTypeDefinition,
            Kind.DirectiveDefinition, Kind.DirectiveDefinition, Kind.SchemaExtension, Kind.ScalarTypeExtension,
            Kind.ObjectTypeExtension, Kind.InterfaceTypeExtension, Kind.UnionTypeExtension, Kind.EnumTypeExtension,
            Kind.InputObjectTypeExtension, Kind.ObjectTypeDefinition,
        ],
        document.Definitions.Select(definition => definition.Kind));
        var customer = (ObjectTypeDefinitionNode)document.Definitions[1];
        Assert.Equal("A customer, described in one line", customer.Description!.Value);
        Assert.Equal(["Node", "Timestamped"], customer.Interfaces.Select(i => i.Name.Value));
        var name = customer.Fields[1];
        Assert.Equal("Indented description\n  keeps relative indentation", name.Description!.Value);
        Assert.Equal("en", ((StringValueNode)name.Arguments[0].DefaultValue!).Value);
        var key = (DirectiveDefinitionNode)document.Definitions[8];
        Assert.True(key.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], key.Locations.Select(location => location.Value));
    }

    [Fact]
    public void Leaves_locations_out_when_asked()
    {
        var document = Parser.Parse("{ a }", new ParserOptions { NoLocation = true });

        Assert.Null(document.Loc);
        Assert.Null(((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0].Loc);
    }

    [Fact]
    public void Stops_at_the_token_limit()
    {
        var options = new ParserOptions { MaxTokens = 4 };

        Assert.NotNull(Parser.Parse("{ a b }", options));
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a b c }", options));
        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(1, 9)], error.Locations); // the fifth token, "}"
    }

    [Theory]
    [InlineData("{ a { a { a { a } } } }", "{ a { a { a { a { a } } } } }")]
    [InlineData("{ a(x: [[[1]]]) }", "{ a(x: [[[[1]]]]) }")]
    [InlineData("{ a(x: {b: {c: [1]}}) }", "{ a(x: {b: {c: {d: [1]}}}) }")]
    [InlineData("query ($v: [[[[Int]]]]) { a }", "query ($v: [[[[[Int]]]]]) { a }")]
    public void Stops_at_the_nesting_limit(string deepest, string tooDeep)
    {
        var options = new ParserOptions { MaxDepth = 4 };

        Assert.NotNull(Parser.Parse(deepest, options));
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(tooDeep, options));
        Assert.Equal("Syntax Error: Document nests more than 4 levels deep. Parsing aborted.", error.Message);
    }

    [Fact]
    public void A_hostile_nesting_is_an_error_not_a_stack_overflow()
    {
        var text = new string('[', 1_000_000);

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a(x: " + text + ") }"));

        Assert.Contains("nests more than 256 levels", error.Message);
    }

    [Fact]
    public void Locations_count_lines_and_utf16_columns()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("# é😀\r\n{ \"é😀\" }"));

        Assert.Equal("Syntax Error: Expected Name, found String \"é😀\".", error.Message);
        Assert.Equal([new SourceLocation(2, 3)], error.Locations);
        Assert.Equal("Syntax Error: Expected Name, found String \"é😀\".\n\nGraphQL request (2:3)", error.ToString());
    }

    [Fact]
    public void Parses_descriptions_on_executable_definitions_like_graphql_js_16_15()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a }\n\"\"\"frag\"\"\" fragment F on T { a }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("op", operation.Description!.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("frag", ((FragmentDefinitionNode)document.Definitions[1]).Description!.Value);
    }
}
