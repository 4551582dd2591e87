using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.1 / 5.8 (named types must exist): every type a variable, fragment or SDL definition names is in the schema
/// or defined in the document. In SDL, the specified scalars and introspection types may be named without a definition.
/// </summary>
public sealed class KnownTypeNamesRule : AstVisitor
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private readonly AstValidationContext context;
    private readonly HashSet<string> definedTypes = new(StringComparer.Ordinal);
    private int sdlDepth;

    public KnownTypeNamesRule(AstValidationContext context)
    {
        this.context = context;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                definedTypes.Add(type.Name.Value);
            }
        }
    }

    public static ValidationRule Rule { get; } = context => new KnownTypeNamesRule(context);

    public static SdlValidationRule SdlRule { get; } = context => new KnownTypeNamesRule(context);

    public override VisitAction Enter(NamedTypeNode node)
    {
        var typeName = node.Name.Value;
        if (context.SchemaOrNull?.GetType(typeName) is not null || definedTypes.Contains(typeName))
        {
            return VisitAction.Continue;
        }

        var isSdl = sdlDepth > 0;
        if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
        {
            return VisitAction.Continue;
        }

        IEnumerable<string> candidates = context.SchemaOrNull?.TypeMap.Keys ?? [];
        candidates = candidates.Concat(definedTypes);
        if (isSdl)
        {
            candidates = StandardTypeNames.Concat(candidates);
        }

        context.ReportError(new GraphQLError($"Unknown type \"{typeName}\"." + DidYouMean.Format(SuggestionList.For(typeName, candidates)), [node]));
        return VisitAction.Continue;
    }

    // Type system definitions and extensions are "SDL nodes": type references inside them may name standard types.
    public override VisitAction Enter(SchemaDefinitionNode node) => EnterSdl();

    public override void Leave(SchemaDefinitionNode node) => sdlDepth--;

    public override VisitAction Enter(SchemaExtensionNode node) => EnterSdl();

    public override void Leave(SchemaExtensionNode node) => sdlDepth--;

    public override VisitAction Enter(ScalarTypeDefinitionNode node) => EnterSdl();

    public override void Leave(ScalarTypeDefinitionNode node) => sdlDepth--;

    public override VisitAction Enter(ObjectTypeDefinitionNode node) => EnterSdl();

    public override void Leave(ObjectTypeDefinitionNode node) => sdlDepth--;

    public override VisitAction Enter(InterfaceTypeDefinitionNode node) => EnterSdl();

    public override void Leave(InterfaceTypeDefinitionNode node) => sdlDepth--;

    public override VisitAction Enter(UnionTypeDefinitionNode node) => EnterSdl();

    public override void Leave(UnionTypeDefinitionNode node) => sdlDepth--;

    public override VisitAction Enter(EnumTypeDefinitionNode node) => EnterSdl();

    public override void Leave(EnumTypeDefinitionNode node) => sdlDepth--;

    public override VisitAction Enter(InputObjectTypeDefinitionNode node) => EnterSdl();

    public override void Leave(InputObjectTypeDefinitionNode node) => sdlDepth--;

    public override VisitAction Enter(DirectiveDefinitionNode node) => EnterSdl();

    public override void Leave(DirectiveDefinitionNode node) => sdlDepth--;

    public override VisitAction Enter(ScalarTypeExtensionNode node) => EnterSdl();

    public override void Leave(ScalarTypeExtensionNode node) => sdlDepth--;

    public override VisitAction Enter(ObjectTypeExtensionNode node) => EnterSdl();

    public override void Leave(ObjectTypeExtensionNode node) => sdlDepth--;

    public override VisitAction Enter(InterfaceTypeExtensionNode node) => EnterSdl();

    public override void Leave(InterfaceTypeExtensionNode node) => sdlDepth--;

    public override VisitAction Enter(UnionTypeExtensionNode node) => EnterSdl();

    public override void Leave(UnionTypeExtensionNode node) => sdlDepth--;

    public override VisitAction Enter(EnumTypeExtensionNode node) => EnterSdl();

    public override void Leave(EnumTypeExtensionNode node) => sdlDepth--;

    public override VisitAction Enter(InputObjectTypeExtensionNode node) => EnterSdl();

    public override void Leave(InputObjectTypeExtensionNode node) => sdlDepth--;

    private VisitAction EnterSdl()
    {
        sdlDepth++;
        return VisitAction.Continue;
    }
}
