using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// The type system rules of spec section 3 as graphql-js's <c>validateSchema</c> checks them, with its messages:
/// root types, directives, names, fields and arguments, interface implementations (transitive, covariant), unions,
/// enums, input objects (including <c>@oneOf</c> and non-null cycles). Rules that C# types already enforce
/// (union members are objects, interfaces are interfaces) need no check here.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema)
    {
        var context = new Context(schema);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        return context.Errors;
    }

    private static void ValidateRootTypes(Context context)
    {
        if (context.Schema.Query is null)
        {
            context.Report("Query root type must be provided.", context.Schema.AstNode);
        }
    }

    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    context.Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode);
                }

                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    context.Report(
                        $"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.AstNode?.Directives),
                        argument.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateName(Context context, string name, Node? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static void ValidateTypes(Context context)
    {
        var cycles = new InputObjectCycleDetector(context);
        foreach (var type in context.Schema.TypeMap.Values)
        {
            if (!type.IsIntrospectionType())
            {
                ValidateName(context, type.Name, TypeNode(type));
            }

            switch (type)
            {
                case GraphQLImplementingType implementing:
                    ValidateFields(context, implementing);
                    ValidateInterfaces(context, implementing);
                    break;
                case GraphQLUnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case GraphQLEnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case GraphQLInputObjectType inputObject:
                    ValidateInputFields(context, inputObject);
                    cycles.Detect(inputObject);
                    break;
            }
        }
    }

    private static void ValidateFields(Context context, GraphQLImplementingType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", [TypeNode(type), .. ExtensionNodes(type)]);
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType())
            {
                context.Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    context.Report(
                        $"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode?.Type);
                }

                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    context.Report(
                        $"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.AstNode?.Directives),
                        argument.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateInterfaces(Context context, GraphQLImplementingType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                context.Report(
                    $"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    [.. ImplementsInterfaceNodes(type, iface)]);
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                context.Report($"Type {type.Name} can only implement {iface.Name} once.", [.. ImplementsInterfaceNodes(type, iface)]);
                continue;
            }

            ValidateTypeImplementsAncestors(context, type, iface);
            ValidateTypeImplementsInterface(context, type, iface);
        }
    }

    private static void ValidateTypeImplementsInterface(Context context, GraphQLImplementingType type, GraphQLInterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields.Values)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                context.Report(
                    $"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    [ifaceField.AstNode, TypeNode(type), .. ExtensionNodes(type)]);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, typeField.Type, ifaceField.Type))
            {
                context.Report(
                    $"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var argumentName = ifaceArgument.Name;
                var typeArgument = typeField.GetArgument(argumentName);
                if (typeArgument is null)
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{fieldName}({argumentName}:) expected but {type.Name}.{fieldName} does not provide it.",
                        ifaceArgument.AstNode,
                        typeField.AstNode);
                    continue;
                }

                // Argument types are invariant (spec 3.7 IsValidImplementation 2.d).
                if (!TypeComparators.IsEqualType(ifaceArgument.Type, typeArgument.Type))
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{fieldName}({argumentName}:) expects type {ifaceArgument.Type} but {type.Name}.{fieldName}({argumentName}:) is type {typeArgument.Type}.",
                        ifaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (ifaceField.GetArgument(typeArgument.Name) is null && typeArgument.IsRequired)
                {
                    context.Report(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                        typeArgument.AstNode,
                        ifaceField.AstNode);
                }
            }
        }
    }

    private static void ValidateTypeImplementsAncestors(Context context, GraphQLImplementingType type, GraphQLInterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                context.Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    [.. ImplementsInterfaceNodes(iface, transitive), .. ImplementsInterfaceNodes(type, iface)]);
            }
        }
    }

    private static void ValidateUnionMembers(Context context, GraphQLUnionType union)
    {
        if (union.Types.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", [union.AstNode, .. union.ExtensionAstNodes]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", [.. UnionMemberNodes(union, member.Name)]);
            }
        }
    }

    private static void ValidateEnumValues(Context context, GraphQLEnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType.Name} must define one or more values.", [enumType.AstNode, .. enumType.ExtensionAstNodes]);
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(context, value.Name, value.AstNode);
        }
    }

    private static void ValidateInputFields(Context context, GraphQLInputObjectType inputObject)
    {
        if (inputObject.Fields.Count == 0)
        {
            context.Report(
                $"Input Object type {inputObject.Name} must define one or more fields.",
                [inputObject.AstNode, .. inputObject.ExtensionAstNodes]);
        }

        foreach (var field in inputObject.Fields.Values)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsInputType())
            {
                context.Report($"The type of {inputObject.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (field.IsRequired && field.DeprecationReason is not null)
            {
                context.Report(
                    $"Required input field {inputObject.Name}.{field.Name} cannot be deprecated.",
                    DeprecatedDirectiveNode(field.AstNode?.Directives),
                    field.AstNode?.Type);
            }

            if (inputObject.IsOneOf)
            {
                if (field.Type is GraphQLNonNull)
                {
                    context.Report($"OneOf input field {inputObject.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    context.Report($"OneOf input field {inputObject.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    private static Node? TypeNode(GraphQLNamedType type) => type switch
    {
        GraphQLObjectType t => t.AstNode,
        GraphQLInterfaceType t => t.AstNode,
        GraphQLUnionType t => t.AstNode,
        GraphQLEnumType t => t.AstNode,
        GraphQLInputObjectType t => t.AstNode,
        GraphQLScalarType t => t.AstNode,
        _ => null,
    };

    private static IEnumerable<Node> ExtensionNodes(GraphQLImplementingType type) => type switch
    {
        GraphQLObjectType t => t.ExtensionAstNodes,
        GraphQLInterfaceType t => t.ExtensionAstNodes,
        _ => [],
    };

    private static IEnumerable<Node> ImplementsInterfaceNodes(GraphQLImplementingType type, GraphQLInterfaceType iface)
    {
        var (definitionInterfaces, extensionInterfaces) = type switch
        {
            GraphQLObjectType t => (t.AstNode?.Interfaces ?? [], t.ExtensionAstNodes.SelectMany(node => node.Interfaces)),
            GraphQLInterfaceType t => (t.AstNode?.Interfaces ?? [], t.ExtensionAstNodes.SelectMany(node => node.Interfaces)),
            _ => ((IReadOnlyList<NamedTypeNode>)[], []),
        };
        return definitionInterfaces.Concat(extensionInterfaces).Where(node => node.Name.Value == iface.Name);
    }

    private static IEnumerable<Node> UnionMemberNodes(GraphQLUnionType union, string typeName) =>
        (union.AstNode?.Types ?? []).Concat(union.ExtensionAstNodes.SelectMany(node => node.Types)).Where(node => node.Name.Value == typeName);

    private static DirectiveNode? DeprecatedDirectiveNode(IReadOnlyList<DirectiveNode>? directives) =>
        directives?.FirstOrDefault(directive => directive.Name.Value == SpecifiedDirectives.Deprecated.Name);

    /// <summary>Finds input objects that reach themselves through non-null fields only, which no finite value can satisfy (spec 3.10.1).</summary>
    private sealed class InputObjectCycleDetector(Context context)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<GraphQLInputField> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

        public void Detect(GraphQLInputObjectType inputObject)
        {
            if (!_visited.Add(inputObject.Name))
            {
                return;
            }

            _pathIndexByTypeName[inputObject.Name] = _fieldPath.Count;
            foreach (var field in inputObject.Fields.Values)
            {
                if (field.Type is GraphQLNonNull { OfType: GraphQLInputObjectType fieldType })
                {
                    _fieldPath.Add(field);
                    if (!_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        var cyclePath = _fieldPath.Skip(cycleIndex).ToList();
                        context.Report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cyclePath.Select(f => f.Name))}\".",
                            [.. cyclePath.Select(f => f.AstNode)]);
                    }

                    _fieldPath.RemoveAt(_fieldPath.Count - 1);
                }
            }

            _pathIndexByTypeName.Remove(inputObject.Name);
        }
    }

    private sealed class Context(GraphQLSchema schema)
    {
        public GraphQLSchema Schema { get; } = schema;

        public List<GraphQLError> Errors { get; } = [];

        public void Report(string message, params Node?[] nodes)
        {
            var located = nodes.OfType<Node>().ToList();
            Errors.Add(new GraphQLError(message, located.Count > 0 ? located : null));
        }
    }
}
