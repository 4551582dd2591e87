using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 3.4.3 Type Extensions: an extension extends a type that is defined, and of its own kind.</summary>
public sealed class PossibleTypeExtensionsRule : AstVisitor
{
    private readonly SdlValidationContext context;
    private readonly Dictionary<string, TypeDefinitionNode> definedTypes = new(StringComparer.Ordinal);

    public PossibleTypeExtensionsRule(SdlValidationContext context)
    {
        this.context = context;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                // The last definition of a name wins, as in graphql-js.
                definedTypes[type.Name.Value] = type;
            }
        }
    }

    public static SdlValidationRule SdlRule { get; } = context => new PossibleTypeExtensionsRule(context);

    public override VisitAction Enter(ScalarTypeExtensionNode node) => Check(node);

    public override VisitAction Enter(ObjectTypeExtensionNode node) => Check(node);

    public override VisitAction Enter(InterfaceTypeExtensionNode node) => Check(node);

    public override VisitAction Enter(UnionTypeExtensionNode node) => Check(node);

    public override VisitAction Enter(EnumTypeExtensionNode node) => Check(node);

    public override VisitAction Enter(InputObjectTypeExtensionNode node) => Check(node);

    private VisitAction Check(TypeExtensionNode node)
    {
        var typeName = node.Name.Value;
        var definition = definedTypes.GetValueOrDefault(typeName);
        var expected = definition is not null ? ExtensionKindOf(definition) : ExtensionKindOf(context.SchemaOrNull?.GetType(typeName));
        if (expected is { } expectedKind)
        {
            if (expectedKind != node.Kind)
            {
                context.ReportError(new GraphQLError(
                    $"Cannot extend non-{TypeNameOf(node.Kind)} type \"{typeName}\".", definition is not null ? [definition, node] : [node]));
            }
        }
        else
        {
            IEnumerable<string> allTypeNames = definedTypes.Keys;
            if (context.SchemaOrNull is { } schema)
            {
                allTypeNames = allTypeNames.Concat(schema.TypeMap.Keys.Where(name => !definedTypes.ContainsKey(name)));
            }

            context.ReportError(new GraphQLError(
                $"Cannot extend type \"{typeName}\" because it is not defined." + DidYouMean.Format(SuggestionList.For(typeName, allTypeNames)),
                [node.Name]));
        }

        return VisitAction.Continue;
    }

    private static Kind? ExtensionKindOf(TypeDefinitionNode definition) => definition switch
    {
        ScalarTypeDefinitionNode => Kind.ScalarTypeExtension,
        ObjectTypeDefinitionNode => Kind.ObjectTypeExtension,
        InterfaceTypeDefinitionNode => Kind.InterfaceTypeExtension,
        UnionTypeDefinitionNode => Kind.UnionTypeExtension,
        EnumTypeDefinitionNode => Kind.EnumTypeExtension,
        InputObjectTypeDefinitionNode => Kind.InputObjectTypeExtension,
        _ => null,
    };

    private static Kind? ExtensionKindOf(GraphQLNamedType? type) => type switch
    {
        GraphQLScalarType => Kind.ScalarTypeExtension,
        GraphQLObjectType => Kind.ObjectTypeExtension,
        GraphQLInterfaceType => Kind.InterfaceTypeExtension,
        GraphQLUnionType => Kind.UnionTypeExtension,
        GraphQLEnumType => Kind.EnumTypeExtension,
        GraphQLInputObjectType => Kind.InputObjectTypeExtension,
        _ => null,
    };

    private static string TypeNameOf(Kind extensionKind) => extensionKind switch
    {
        Kind.ScalarTypeExtension => "scalar",
        Kind.ObjectTypeExtension => "object",
        Kind.InterfaceTypeExtension => "interface",
        Kind.UnionTypeExtension => "union",
        Kind.EnumTypeExtension => "enum",
        _ => "input object",
    };
}
