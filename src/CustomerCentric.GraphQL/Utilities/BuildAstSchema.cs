using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Validation;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>
/// Builds a schema from SDL (graphql-js <c>buildASTSchema</c> / <c>buildSchema</c>): type definitions and their extensions in the same
/// document, directive definitions, and the schema definition (or, without one, the types named Query, Mutation and Subscription).
/// The document is checked with the SDL rules first (<see cref="SpecifiedRules.Sdl"/>, graphql-js <c>assertValidSDL</c>).
/// Type order follows the document, so <see cref="SchemaPrinter"/> prints the types back in the order written.
/// </summary>
public static class BuildAstSchema
{
    public static GraphQLSchema BuildSchema(string sdl, BuildSchemaOptions? options = null) => Build(Parser.Parse(sdl), options);

    public static GraphQLSchema Build(DocumentNode document, BuildSchemaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= new BuildSchemaOptions();
        if (!options.AssumeValid && !options.AssumeValidSdl && DocumentValidator.ValidateSdl(document) is { Count: > 0 } errors)
        {
            // graphql-js assertValidSDL: every SDL rule's error, with its locations, before anything is built.
            throw new GraphQLSchemaValidationException(errors);
        }

        var schema = new SchemaBuilder(document, options).Build();
        options.Resolvers?.ApplyTo(schema);
        return options.AssumeValid ? schema : schema.AssertValid();
    }

    private sealed class SchemaBuilder
    {
        private readonly BuildSchemaOptions _options;
        private readonly List<TypeDefinitionNode> _typeDefinitions = [];
        private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
        private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
        private readonly List<SchemaExtensionNode> _schemaExtensions = [];
        private readonly OrderedDictionary<string, GraphQLNamedType> _typeMap = new(StringComparer.Ordinal);
        private SchemaDefinitionNode? _schemaDefinition;

        public SchemaBuilder(DocumentNode document, BuildSchemaOptions options)
        {
            _options = options;
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case SchemaDefinitionNode schemaDefinition:
                        if (_schemaDefinition is not null)
                        {
                            throw new GraphQLError("Must provide only one schema definition.", [schemaDefinition]);
                        }

                        _schemaDefinition = schemaDefinition;
                        break;
                    case SchemaExtensionNode schemaExtension:
                        _schemaExtensions.Add(schemaExtension);
                        break;
                    case TypeDefinitionNode typeDefinition:
                        _typeDefinitions.Add(typeDefinition);
                        break;
                    case TypeExtensionNode typeExtension:
                        if (!_typeExtensions.TryGetValue(typeExtension.Name.Value, out var extensions))
                        {
                            _typeExtensions[typeExtension.Name.Value] = extensions = [];
                        }

                        extensions.Add(typeExtension);
                        break;
                    case DirectiveDefinitionNode directiveDefinition:
                        _directiveDefinitions.Add(directiveDefinition);
                        break;
                    case ExecutableDefinitionNode executable:
                        throw new GraphQLError("A schema document may only contain type system definitions.", [executable]);
                }
            }
        }

        public GraphQLSchema Build()
        {
            foreach (var typeDefinition in _typeDefinitions)
            {
                var name = typeDefinition.Name.Value;
                if (_typeMap.ContainsKey(name))
                {
                    throw new GraphQLError($"There can be only one type named \"{name}\".", [typeDefinition.Name]);
                }

                _typeMap[name] = (GraphQLNamedType?)SpecifiedScalars.ByName(name) ?? BuildType(typeDefinition);
            }

            foreach (var (name, extensions) in _typeExtensions)
            {
                if (!_typeMap.ContainsKey(name))
                {
                    throw new GraphQLError($"Cannot extend type \"{name}\" because it is not defined.", [extensions[0].Name]);
                }
            }

            var directives = _directiveDefinitions.Select(BuildDirective).ToList();
            directives.AddRange(SpecifiedDirectives.All.Where(specified => directives.TrueForAll(directive => directive.Name != specified.Name)));

            var operationTypes = OperationTypes();
            if (_schemaDefinition is null)
            {
                // Without a schema definition the conventional names are the roots (graphql-js buildASTSchema).
                foreach (var (operation, name) in new[] { (OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription") })
                {
                    if (!operationTypes.ContainsKey(operation) && _typeMap.GetValueOrDefault(name) is { } type)
                    {
                        operationTypes[operation] = RootType(operation, type, null);
                    }
                }
            }

            return new GraphQLSchema(new GraphQLSchemaConfig
            {
                Description = _schemaDefinition?.Description?.Value,
                Query = operationTypes.GetValueOrDefault(OperationType.Query),
                Mutation = operationTypes.GetValueOrDefault(OperationType.Mutation),
                Subscription = operationTypes.GetValueOrDefault(OperationType.Subscription),
                Types = [.. _typeMap.Values],
                Directives = directives,
                AstNode = _schemaDefinition,
                ExtensionAstNodes = _schemaExtensions,
                AssumeValid = _options.AssumeValid,
            });
        }

        private Dictionary<OperationType, GraphQLObjectType> OperationTypes()
        {
            var result = new Dictionary<OperationType, GraphQLObjectType>();
            var operationNodes = (_schemaDefinition?.OperationTypes ?? []).Concat(_schemaExtensions.SelectMany(extension => extension.OperationTypes));
            foreach (var operationNode in operationNodes)
            {
                result[operationNode.Operation] = RootType(operationNode.Operation, NamedType(operationNode.Type), operationNode.Type);
            }

            return result;
        }

        private static GraphQLObjectType RootType(OperationType operation, GraphQLNamedType type, Node? node)
        {
            if (type is GraphQLObjectType objectType)
            {
                return objectType;
            }

            // graphql-js reports this during schema validation; a C# schema holds only object types as roots, so it is reported here.
            var message = operation == OperationType.Query
                ? $"Query root type must be Object type, it cannot be {type.Name}."
                : $"{operation} root type must be Object type if provided, it cannot be {type.Name}.";
            throw new GraphQLSchemaValidationException([new GraphQLError(message, node is null ? null : [node])]);
        }

        private GraphQLNamedType NamedType(NamedTypeNode node) =>
            (GraphQLNamedType?)SpecifiedScalars.ByName(node.Name.Value)
            ?? _typeMap.GetValueOrDefault(node.Name.Value)
            ?? throw new GraphQLError($"Unknown type: \"{node.Name.Value}\".", [node]);

        private GraphQLType WrappedType(TypeNode node) => node switch
        {
            ListTypeNode list => new GraphQLList(WrappedType(list.Type)),
            NonNullTypeNode nonNull => new GraphQLNonNull(WrappedType(nonNull.Type)),
            NamedTypeNode named => NamedType(named),
            _ => throw new ArgumentException($"Unexpected type node: {node.Kind}.", nameof(node)),
        };

        private GraphQLNamedType BuildType(TypeDefinitionNode definition)
        {
            var name = definition.Name.Value;
            var extensions = _typeExtensions.GetValueOrDefault(name) ?? [];
            var description = definition.Description?.Value;
            switch (definition)
            {
                case ObjectTypeDefinitionNode node:
                {
                    var extensionNodes = Extensions<ObjectTypeExtensionNode>(name, extensions);
                    return new GraphQLObjectType(
                        name,
                        () => BuildFields(name, node.Fields.Concat(extensionNodes.SelectMany(extension => extension.Fields))),
                        () => BuildInterfaces(name, node.Interfaces.Concat(extensionNodes.SelectMany(extension => extension.Interfaces))))
                    {
                        Description = description,
                        AstNode = node,
                        ExtensionAstNodes = extensionNodes,
                    };
                }

                case InterfaceTypeDefinitionNode node:
                {
                    var extensionNodes = Extensions<InterfaceTypeExtensionNode>(name, extensions);
                    return new GraphQLInterfaceType(
                        name,
                        () => BuildFields(name, node.Fields.Concat(extensionNodes.SelectMany(extension => extension.Fields))),
                        () => BuildInterfaces(name, node.Interfaces.Concat(extensionNodes.SelectMany(extension => extension.Interfaces))))
                    {
                        Description = description,
                        AstNode = node,
                        ExtensionAstNodes = extensionNodes,
                    };
                }

                case UnionTypeDefinitionNode node:
                {
                    var extensionNodes = Extensions<UnionTypeExtensionNode>(name, extensions);
                    return new GraphQLUnionType(name, () => BuildUnionMembers(name, node.Types.Concat(extensionNodes.SelectMany(extension => extension.Types))))
                    {
                        Description = description,
                        AstNode = node,
                        ExtensionAstNodes = extensionNodes,
                    };
                }

                case EnumTypeDefinitionNode node:
                {
                    var extensionNodes = Extensions<EnumTypeExtensionNode>(name, extensions);
                    var values = node.Values.Concat(extensionNodes.SelectMany(extension => extension.Values)).Select(value => new GraphQLEnumValue(value.Name.Value)
                    {
                        Description = value.Description?.Value,
                        DeprecationReason = DeprecationReason(value.Directives),
                        AstNode = value,
                    });
                    return new GraphQLEnumType(name, values)
                    {
                        Description = description,
                        AstNode = node,
                        ExtensionAstNodes = extensionNodes,
                    };
                }

                case InputObjectTypeDefinitionNode node:
                {
                    var extensionNodes = Extensions<InputObjectTypeExtensionNode>(name, extensions);
                    return new GraphQLInputObjectType(name, () => BuildInputFields(name, node.Fields.Concat(extensionNodes.SelectMany(extension => extension.Fields))))
                    {
                        Description = description,
                        IsOneOf = FindDirective(node.Directives, SpecifiedDirectives.OneOf) is not null,
                        AstNode = node,
                        ExtensionAstNodes = extensionNodes,
                    };
                }

                case ScalarTypeDefinitionNode node:
                    return BuildScalar(node, Extensions<ScalarTypeExtensionNode>(name, extensions));

                default:
                    throw new ArgumentException($"Unexpected type definition: {definition.Kind}.", nameof(definition));
            }
        }

        private GraphQLScalarType BuildScalar(ScalarTypeDefinitionNode node, IReadOnlyList<ScalarTypeExtensionNode> extensionNodes)
        {
            var name = node.Name.Value;
            var specifiedByUrl = DirectiveArgument(node.Directives, SpecifiedDirectives.SpecifiedBy, "url") as string;
            var implementation = _options.ScalarImplementations.FirstOrDefault(scalar => scalar.Name == name);
            return implementation is null
                ? new GraphQLScalarType(name) { Description = node.Description?.Value, SpecifiedByUrl = specifiedByUrl, AstNode = node, ExtensionAstNodes = extensionNodes }
                : new GraphQLScalarType(name)
                {
                    // The SDL's description and URL describe the schema; the implementation supplies the behaviour.
                    Description = node.Description?.Value,
                    SpecifiedByUrl = specifiedByUrl,
                    Serializer = implementation.Serialize,
                    ValueParser = implementation.ParseValue,
                    LiteralParser = implementation.ParseLiteral,
                    AstNode = node,
                    ExtensionAstNodes = extensionNodes,
                };
        }

        private static List<T> Extensions<T>(string name, List<TypeExtensionNode> extensions)
            where T : TypeExtensionNode
        {
            foreach (var extension in extensions)
            {
                if (extension is not T)
                {
                    throw new GraphQLError($"Cannot extend non-{KindName(typeof(T))} type \"{name}\".", [extension]);
                }
            }

            return extensions.Cast<T>().ToList();
        }

        private static string KindName(Type extensionType) => extensionType.Name switch
        {
            nameof(ObjectTypeExtensionNode) => "object",
            nameof(InterfaceTypeExtensionNode) => "interface",
            nameof(UnionTypeExtensionNode) => "union",
            nameof(EnumTypeExtensionNode) => "enum",
            nameof(InputObjectTypeExtensionNode) => "input object",
            _ => "scalar",
        };

        private IEnumerable<GraphQLField> BuildFields(string typeName, IEnumerable<FieldDefinitionNode> fields) =>
            fields.Select(field => new GraphQLField(field.Name.Value, WrappedType(field.Type))
            {
                Description = field.Description?.Value,
                Arguments = BuildArguments($"{typeName}.{field.Name.Value}", field.Arguments),
                DeprecationReason = DeprecationReason(field.Directives),
                AstNode = field,
            }).ToList();

        private List<GraphQLArgument> BuildArguments(string owner, IReadOnlyList<InputValueDefinitionNode> arguments) =>
            arguments.Select(argument =>
            {
                var type = WrappedType(argument.Type);
                var name = argument.Name.Value;
                var description = argument.Description?.Value;
                var deprecationReason = DeprecationReason(argument.Directives);
                return argument.DefaultValue is null
                    ? new GraphQLArgument(name, type) { Description = description, DeprecationReason = deprecationReason, AstNode = argument }
                    : new GraphQLArgument(name, type)
                    {
                        Description = description,
                        DeprecationReason = deprecationReason,
                        AstNode = argument,
                        DefaultValue = DefaultValue($"Argument \"{owner}({name}:)\"", argument.DefaultValue, type),
                    };
            }).ToList();

        private IEnumerable<GraphQLInputField> BuildInputFields(string typeName, IEnumerable<InputValueDefinitionNode> fields) =>
            fields.Select(field =>
            {
                var type = WrappedType(field.Type);
                var description = field.Description?.Value;
                var deprecationReason = DeprecationReason(field.Directives);
                return field.DefaultValue is null
                    ? new GraphQLInputField(field.Name.Value, type) { Description = description, DeprecationReason = deprecationReason, AstNode = field }
                    : new GraphQLInputField(field.Name.Value, type)
                    {
                        Description = description,
                        DeprecationReason = deprecationReason,
                        AstNode = field,
                        DefaultValue = DefaultValue($"Input field \"{typeName}.{field.Name.Value}\"", field.DefaultValue, type),
                    };
            }).ToList();

        private static object? DefaultValue(string owner, ValueNode literal, GraphQLType type) =>
            ValueFromAst.TryCoerce(literal, type, null, out var value)
                ? value
                : throw new GraphQLError($"{owner} has invalid default value: {Printer.Print(literal)}.", [literal]);

        private IEnumerable<GraphQLInterfaceType> BuildInterfaces(string typeName, IEnumerable<NamedTypeNode> interfaces) =>
            interfaces.Select(node => NamedType(node) as GraphQLInterfaceType
                ?? throw new GraphQLSchemaValidationException(
                    [new GraphQLError($"Type {typeName} must only implement Interface types, it cannot implement {node.Name.Value}.", [node])])).ToList();

        private IEnumerable<GraphQLObjectType> BuildUnionMembers(string unionName, IEnumerable<NamedTypeNode> members) =>
            members.Select(node => NamedType(node) as GraphQLObjectType
                ?? throw new GraphQLSchemaValidationException(
                    [new GraphQLError($"Union type {unionName} can only include Object types, it cannot include {node.Name.Value}.", [node])])).ToList();

        private GraphQLDirective BuildDirective(DirectiveDefinitionNode node) =>
            new(node.Name.Value, node.Locations.Select(location => DirectiveLocationNames.TryParse(location.Value, out var parsed)
                ? parsed
                : throw new GraphQLError($"Unexpected directive location \"{location.Value}\".", [location])))
            {
                Description = node.Description?.Value,
                IsRepeatable = node.Repeatable,
                Arguments = BuildArguments("@" + node.Name.Value, node.Arguments),
                AstNode = node,
            };

        private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
            FindDirective(directives, SpecifiedDirectives.Deprecated) is null
                ? null
                : DirectiveArgument(directives, SpecifiedDirectives.Deprecated, "reason") as string;

        private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, GraphQLDirective definition) =>
            directives.FirstOrDefault(directive => directive.Name.Value == definition.Name);

        /// <summary>One coerced argument of a type system directive, with its default (graphql-js <c>getDirectiveValues</c>).</summary>
        private static object? DirectiveArgument(IReadOnlyList<DirectiveNode> directives, GraphQLDirective definition, string argumentName)
        {
            var directive = FindDirective(directives, definition);
            var argument = definition.GetArgument(argumentName)!;
            if (directive is null)
            {
                return null;
            }

            var argumentNode = directive.Arguments.FirstOrDefault(node => node.Name.Value == argumentName);
            if (argumentNode is null)
            {
                return argument.HasDefaultValue
                    ? argument.DefaultValue
                    : throw new GraphQLError($"Argument \"@{definition.Name}({argumentName}:)\" of type \"{argument.Type}\" is required, but it was not provided.", [directive]);
            }

            return ValueFromAst.TryCoerce(argumentNode.Value, argument.Type, null, out var value)
                ? value
                : throw new GraphQLError($"Argument \"@{definition.Name}({argumentName}:)\" has invalid value {Printer.Print(argumentNode.Value)}.", [argumentNode.Value]);
        }
    }
}
