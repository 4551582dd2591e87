using System.Buffers;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Language;

/// <summary>
/// The recursive descent parser of the spec's grammar (Appendix B/C): executable documents and type system
/// documents. Errors are <see cref="GraphQLError"/>s with graphql-js 16's messages and locations.
/// List items are collected on one shared scratch stack and copied once into an exact-size array.
/// </summary>
public ref struct Parser
{
    private readonly Source source;
    private readonly bool noLocation;
    private readonly int maxTokens;
    private readonly int maxDepth;
    private Lexer lexer;
    private Node[] scratch;
    private int scratchTop;
    private int tokenCount;
    private int depth;

    public Parser(Source source, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        this.source = source;
        noLocation = options.NoLocation;
        maxTokens = options.MaxTokens ?? int.MaxValue;
        maxDepth = options.MaxDepth;
        lexer = new Lexer(source);
        scratch = ArrayPool<Node>.Shared.Rent(64);
    }

    /// <summary>The significant tokens read so far.</summary>
    public readonly int TokenCount => tokenCount;

    public static DocumentNode Parse(string source, ParserOptions? options = null) => Parse(new Source(source), options);

    public static DocumentNode Parse(Source source, ParserOptions? options = null) =>
        Run(source, options, static (ref Parser parser) => parser.ParseDocument());

    /// <summary>Parses a value literal that may contain variables, e.g. <c>[1, $x]</c>.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) => ParseValue(new Source(source), options);

    public static ValueNode ParseValue(Source source, ParserOptions? options = null) =>
        Run(source, options, static (ref Parser parser) => parser.ParseWhole(static (ref Parser p) => p.ParseValueLiteral(isConst: false)));

    /// <summary>Parses a constant value literal (no variables), as default values and SDL directive arguments are.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) => ParseConstValue(new Source(source), options);

    public static ValueNode ParseConstValue(Source source, ParserOptions? options = null) =>
        Run(source, options, static (ref Parser parser) => parser.ParseWhole(static (ref Parser p) => p.ParseValueLiteral(isConst: true)));

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) => ParseType(new Source(source), options);

    public static TypeNode ParseType(Source source, ParserOptions? options = null) =>
        Run(source, options, static (ref Parser parser) => parser.ParseWhole(static (ref Parser p) => p.ParseTypeReference()));

    /// <summary>Returns the scratch buffer to the pool.</summary>
    public void Dispose()
    {
        if (scratch.Length > 0)
        {
            ArrayPool<Node>.Shared.Return(scratch, clearArray: true);
            scratch = [];
        }
    }

    private delegate T Step<out T>(ref Parser parser);

    private static T Run<T>(Source source, ParserOptions? options, Step<T> parse)
    {
        var parser = new Parser(source, options);
        try
        {
            return parse(ref parser);
        }
        finally
        {
            parser.Dispose();
        }
    }

    // A value or type that must be the whole source.
    private T ParseWhole<T>(Step<T> parse)
    {
        Expect(TokenKind.StartOfFile);
        var result = parse(ref this);
        Expect(TokenKind.EndOfFile);
        return result;
    }

    // Document (spec 2.2)

    public DocumentNode ParseDocument()
    {
        Expect(TokenKind.StartOfFile);
        var mark = scratchTop;
        do
        {
            Push(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        return new DocumentNode { Definitions = Pop<DefinitionNode>(mark), TokenCount = tokenCount, Loc = Loc(0) };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        // Many definitions start with a description, so the keyword may be one token ahead.
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? lexer.Lookahead() : lexer;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(lexer.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            if (keyword.IsKeyword("schema"u8)) return ParseSchemaDefinition();
            if (keyword.IsKeyword("scalar"u8)) return ParseScalarTypeDefinition();
            if (keyword.IsKeyword("type"u8)) return ParseObjectTypeDefinition();
            if (keyword.IsKeyword("interface"u8)) return ParseInterfaceTypeDefinition();
            if (keyword.IsKeyword("union"u8)) return ParseUnionTypeDefinition();
            if (keyword.IsKeyword("enum"u8)) return ParseEnumTypeDefinition();
            if (keyword.IsKeyword("input"u8)) return ParseInputObjectTypeDefinition();
            if (keyword.IsKeyword("directive"u8)) return ParseDirectiveDefinition();
            if (keyword.IsKeyword("query"u8) || keyword.IsKeyword("mutation"u8) || keyword.IsKeyword("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (keyword.IsKeyword("fragment"u8)) return ParseFragmentDefinition();
            if (hasDescription)
            {
                throw Error(lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.IsKeyword("extend"u8)) return ParseTypeSystemExtension();
        }

        throw Unexpected(keyword);
    }

    // Operations (spec 2.3)

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = lexer.Start;
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode { Operation = OperationType.Query, SelectionSet = ParseSelectionSet(), Loc = Loc(start) };
        }

        return new OperationDefinitionNode
        {
            Description = ParseDescription(),
            Operation = ParseOperationType(),
            Name = Peek(TokenKind.Name) ? ParseName() : null,
            VariableDefinitions = ParseVariableDefinitions(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Loc = Loc(start),
        };
    }

    private OperationType ParseOperationType()
    {
        if (lexer.Kind != TokenKind.Name)
        {
            throw ExpectedError(TokenKind.Name);
        }

        var operation = lexer.IsKeyword("query"u8) ? OperationType.Query
            : lexer.IsKeyword("mutation"u8) ? OperationType.Mutation
            : lexer.IsKeyword("subscription"u8) ? OperationType.Subscription
            : throw Unexpected(lexer);
        Advance();
        return operation;
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var mark = scratchTop;
        do
        {
            Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return Pop<VariableDefinitionNode>(mark);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = lexer.Start;
        return new VariableDefinitionNode
        {
            Description = ParseDescription(),
            Variable = ParseVariable(),
            Type = ParseTypeAfterColon(),
            DefaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null,
            Directives = ParseDirectives(isConst: true),
            Loc = Loc(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = lexer.Start;
        Expect(TokenKind.Dollar);
        return new VariableNode { Name = ParseName(), Loc = Loc(start) };
    }

    // Selections (spec 2.4 - 2.8)

    private SelectionSetNode ParseSelectionSet()
    {
        var start = lexer.Start;
        EnterNesting(start);
        Expect(TokenKind.BraceL);
        var mark = scratchTop;
        do
        {
            Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        depth--;
        return new SelectionSetNode { Selections = Pop<SelectionNode>(mark), Loc = Loc(start) };
    }

    private FieldNode ParseField()
    {
        var start = lexer.Start;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = ParseArguments(isConst: false),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null,
            Loc = Loc(start),
        };
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var mark = scratchTop;
        do
        {
            var start = lexer.Start;
            var name = ParseName();
            Expect(TokenKind.Colon);
            Push(new ArgumentNode { Name = name, Value = ParseValueLiteral(isConst), Loc = Loc(start) });
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return Pop<ArgumentNode>(mark);
    }

    private SelectionNode ParseFragment()
    {
        var start = lexer.Start;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            return new FragmentSpreadNode { Name = ParseFragmentName(), Directives = ParseDirectives(isConst: false), Loc = Loc(start) };
        }

        return new InlineFragmentNode
        {
            TypeCondition = hasTypeCondition ? ParseNamedType() : null,
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Loc = Loc(start),
        };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("fragment"u8, "fragment");
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = ParseFragmentName(),
            TypeCondition = ParseTypeCondition(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Loc = Loc(start),
        };
    }

    private NameNode ParseFragmentName()
    {
        if (CurrentValueIs("on"))
        {
            throw Unexpected(lexer);
        }

        return ParseName();
    }

    // Values (spec 2.9)

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = lexer.Start;
        switch (lexer.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var value = lexer.Value;
                Advance();
                return new IntValueNode { Value = value, Loc = Loc(start) };
            }

            case TokenKind.Float:
            {
                var value = lexer.Value;
                Advance();
                return new FloatValueNode { Value = value, Loc = Loc(start) };
            }

            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
            {
                var isTrue = lexer.IsKeyword("true"u8);
                var isFalse = !isTrue && lexer.IsKeyword("false"u8);
                var isNull = !isTrue && !isFalse && lexer.IsKeyword("null"u8);
                var value = isTrue || isFalse || isNull ? null : lexer.Value;
                Advance();
                return value is not null ? new EnumValueNode { Value = value, Loc = Loc(start) }
                    : isNull ? new NullValueNode { Loc = Loc(start) }
                    : new BooleanValueNode { Value = isTrue, Loc = Loc(start) };
            }

            case TokenKind.Dollar when isConst:
                Expect(TokenKind.Dollar);
                throw lexer.Kind == TokenKind.Name
                    ? Error(start, $"Unexpected variable \"${lexer.Value}\" in constant value.")
                    : Error(start, $"Unexpected {TokenKind.Dollar.Describe()}.");
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected(lexer);
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var start = lexer.Start;
        var block = lexer.Kind == TokenKind.BlockString;
        var value = lexer.Value;
        Advance();
        return new StringValueNode { Value = value, Block = block, Loc = Loc(start) };
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = lexer.Start;
        EnterNesting(start);
        Expect(TokenKind.BracketL);
        var mark = scratchTop;
        while (!ExpectOptional(TokenKind.BracketR))
        {
            Push(ParseValueLiteral(isConst));
        }

        depth--;
        return new ListValueNode { Values = Pop<ValueNode>(mark), Loc = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = lexer.Start;
        EnterNesting(start);
        Expect(TokenKind.BraceL);
        var mark = scratchTop;
        while (!ExpectOptional(TokenKind.BraceR))
        {
            var fieldStart = lexer.Start;
            var name = ParseName();
            Expect(TokenKind.Colon);
            Push(new ObjectFieldNode { Name = name, Value = ParseValueLiteral(isConst), Loc = Loc(fieldStart) });
        }

        depth--;
        return new ObjectValueNode { Fields = Pop<ObjectFieldNode>(mark), Loc = Loc(start) };
    }

    // Directives (spec 2.12)

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var mark = scratchTop;
        while (Peek(TokenKind.At))
        {
            var start = lexer.Start;
            Advance();
            var name = ParseName();
            Push(new DirectiveNode { Name = name, Arguments = ParseArguments(isConst), Loc = Loc(start) });
        }

        return Pop<DirectiveNode>(mark);
    }

    // Type references (spec 2.11)

    private TypeNode ParseTypeReference()
    {
        var start = lexer.Start;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            EnterNesting(start);
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            depth--;
            type = new ListTypeNode { Type = inner, Loc = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode { Type = type, Loc = Loc(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = lexer.Start;
        return new NamedTypeNode { Name = ParseName(), Loc = Loc(start) };
    }

    private NameNode ParseName()
    {
        if (lexer.Kind != TokenKind.Name)
        {
            throw ExpectedError(TokenKind.Name);
        }

        var start = lexer.Start;
        var value = lexer.Value;
        Advance();
        return new NameNode { Value = value, Loc = Loc(start) };
    }

    // Type system (spec 3)

    private readonly bool PeekDescription() => lexer.Kind is TokenKind.String or TokenKind.BlockString;

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("schema"u8, "schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceL);
        var mark = scratchTop;
        do
        {
            Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = Pop<OperationTypeDefinitionNode>(mark),
            Loc = Loc(start),
        };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = lexer.Start;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode { Operation = operation, Type = ParseNamedType(), Loc = Loc(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("scalar"u8, "scalar");
        return new ScalarTypeDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Directives = ParseDirectives(isConst: true),
            Loc = Loc(start),
        };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("type"u8, "type");
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Interfaces = ParseImplementsInterfaces(),
            Directives = ParseDirectives(isConst: true),
            Fields = ParseFieldsDefinition(),
            Loc = Loc(start),
        };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("interface"u8, "interface");
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Interfaces = ParseImplementsInterfaces(),
            Directives = ParseDirectives(isConst: true),
            Fields = ParseFieldsDefinition(),
            Loc = Loc(start),
        };
    }

    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements"u8) ? ParseDelimitedNamedTypes(TokenKind.Amp) : [];

    private IReadOnlyList<NamedTypeNode> ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var mark = scratchTop;
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return Pop<NamedTypeNode>(mark);
    }

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var mark = scratchTop;
        do
        {
            var start = lexer.Start;
            Push(new FieldDefinitionNode
            {
                Description = ParseDescription(),
                Name = ParseName(),
                Arguments = ParseArgumentDefinitions(),
                Type = ParseTypeAfterColon(),
                Directives = ParseDirectives(isConst: true),
                Loc = Loc(start),
            });
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return Pop<FieldDefinitionNode>(mark);
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        var mark = scratchTop;
        do
        {
            var start = lexer.Start;
            Push(new InputValueDefinitionNode
            {
                Description = ParseDescription(),
                Name = ParseName(),
                Type = ParseTypeAfterColon(),
                DefaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null,
                Directives = ParseDirectives(isConst: true),
                Loc = Loc(start),
            });
        }
        while (!ExpectOptional(close));

        return Pop<InputValueDefinitionNode>(mark);
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("union"u8, "union");
        return new UnionTypeDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Directives = ParseDirectives(isConst: true),
            Types = ParseUnionMemberTypes(),
            Loc = Loc(start),
        };
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("enum"u8, "enum");
        return new EnumTypeDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Directives = ParseDirectives(isConst: true),
            Values = ParseEnumValuesDefinition(),
            Loc = Loc(start),
        };
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var mark = scratchTop;
        do
        {
            var start = lexer.Start;
            var description = ParseDescription();
            if (CurrentValueIs("true") || CurrentValueIs("false") || CurrentValueIs("null"))
            {
                throw Error(lexer.Start, $"{Describe(lexer)} is reserved and cannot be used for an enum value.");
            }

            Push(new EnumValueDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Directives = ParseDirectives(isConst: true),
                Loc = Loc(start),
            });
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return Pop<EnumValueDefinitionNode>(mark);
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("input"u8, "input");
        return new InputObjectTypeDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Directives = ParseDirectives(isConst: true),
            Fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR),
            Loc = Loc(start),
        };
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("directive"u8, "directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8, "on");
        ExpectOptional(TokenKind.Pipe);
        var mark = scratchTop;
        do
        {
            var location = ParseName();
            if (!DirectiveLocationNames.TryParse(location.Value, out _))
            {
                throw Error(location.Loc?.Start ?? lexer.Start, $"Unexpected {TokenKind.Name.Describe()} \"{location.Value}\".");
            }

            Push(location);
        }
        while (ExpectOptional(TokenKind.Pipe));

        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = Pop<NameNode>(mark),
            Loc = Loc(start),
        };
    }

    // Type system extensions (spec 3.*.x "Extensions")

    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            var start = lexer.Start;
            if (keyword.IsKeyword("schema"u8)) return ParseSchemaExtension(start);
            if (keyword.IsKeyword("scalar"u8)) return ParseScalarTypeExtension(start);
            if (keyword.IsKeyword("type"u8)) return ParseObjectTypeExtension(start);
            if (keyword.IsKeyword("interface"u8)) return ParseInterfaceTypeExtension(start);
            if (keyword.IsKeyword("union"u8)) return ParseUnionTypeExtension(start);
            if (keyword.IsKeyword("enum"u8)) return ParseEnumTypeExtension(start);
            if (keyword.IsKeyword("input"u8)) return ParseInputObjectTypeExtension(start);
        }

        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension(int start)
    {
        Advance(); // extend
        Advance(); // schema
        var directives = ParseDirectives(isConst: true);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes = [];
        if (ExpectOptional(TokenKind.BraceL))
        {
            var mark = scratchTop;
            do
            {
                Push(ParseOperationTypeDefinition());
            }
            while (!ExpectOptional(TokenKind.BraceR));

            operationTypes = Pop<OperationTypeDefinitionNode>(mark);
        }

        RequireSomething(directives.Count + operationTypes.Count);
        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Loc = Loc(start) };
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension(int start)
    {
        Advance();
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        RequireSomething(directives.Count);
        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Loc = Loc(start) };
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension(int start)
    {
        Advance();
        Advance();
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireSomething(interfaces.Count + directives.Count + fields.Count);
        return new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Loc = Loc(start) };
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension(int start)
    {
        Advance();
        Advance();
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireSomething(interfaces.Count + directives.Count + fields.Count);
        return new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Loc = Loc(start) };
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension(int start)
    {
        Advance();
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        RequireSomething(directives.Count + types.Count);
        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Loc = Loc(start) };
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension(int start)
    {
        Advance();
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        RequireSomething(directives.Count + values.Count);
        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Loc = Loc(start) };
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension(int start)
    {
        Advance();
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        RequireSomething(directives.Count + fields.Count);
        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Loc = Loc(start) };
    }

    // An extension must extend something: otherwise the token after it is unexpected.
    private readonly void RequireSomething(int count)
    {
        if (count == 0)
        {
            throw Unexpected(lexer);
        }
    }

    // Token handling

    private readonly Location? Loc(int start) => noLocation ? null : new Location(start, lexer.LastEnd, source);

    private readonly bool Peek(TokenKind kind) => lexer.Kind == kind;

    private void Advance()
    {
        lexer.Advance();
        if (lexer.Kind != TokenKind.EndOfFile && ++tokenCount > maxTokens)
        {
            throw Error(lexer.Start, $"Document contains more than {maxTokens} tokens. Parsing aborted.");
        }
    }

    private void Expect(TokenKind kind)
    {
        if (lexer.Kind != kind)
        {
            throw ExpectedError(kind);
        }

        Advance();
    }

    private TypeNode ParseTypeAfterColon()
    {
        Expect(TokenKind.Colon);
        return ParseTypeReference();
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword, string text)
    {
        if (!lexer.IsKeyword(keyword))
        {
            throw Error(lexer.Start, $"Expected \"{text}\", found {Describe(lexer)}.");
        }

        Advance();
    }

    private NamedTypeNode ParseTypeCondition()
    {
        ExpectKeyword("on"u8, "on");
        return ParseNamedType();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!lexer.IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    // graphql-js compares the token's value whatever its kind, so a string "on" is rejected like the name.
    private readonly bool CurrentValueIs(string value) =>
        Lexer.HasValue(lexer.Kind) && (lexer.Kind == TokenKind.Name ? lexer.IsKeyword(System.Text.Encoding.ASCII.GetBytes(value)) : lexer.Value == value);

    private void EnterNesting(int start)
    {
        if (++depth > maxDepth)
        {
            throw Error(start, $"Document nests more than {maxDepth} levels deep. Parsing aborted.");
        }
    }

    private void Push(Node node)
    {
        if (scratchTop == scratch.Length)
        {
            var larger = ArrayPool<Node>.Shared.Rent(scratch.Length * 2);
            scratch.AsSpan(0, scratchTop).CopyTo(larger);
            ArrayPool<Node>.Shared.Return(scratch, clearArray: true);
            scratch = larger;
        }

        scratch[scratchTop++] = node;
    }

    private T[] Pop<T>(int mark)
        where T : Node
    {
        var count = scratchTop - mark;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = (T)scratch[mark + i];
        }

        scratchTop = mark;
        return items;
    }

    private static string Describe(in Lexer token) =>
        Lexer.HasValue(token.Kind) ? $"{token.Kind.Describe()} \"{token.Value}\"" : token.Kind.Describe();

    private readonly GraphQLError ExpectedError(TokenKind kind) =>
        Error(lexer.Start, $"Expected {kind.Describe()}, found {Describe(lexer)}.");

    private readonly GraphQLError Unexpected(in Lexer token) => Error(token.Start, $"Unexpected {Describe(token)}.");

    private readonly GraphQLError Error(int position, string description) => GraphQLError.Syntax(source, position, description);
}
