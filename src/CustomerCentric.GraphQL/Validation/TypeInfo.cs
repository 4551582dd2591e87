using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation;

/// <summary>
/// Tracks where a walk over an executable document stands in the schema (graphql-js <c>TypeInfo</c>): the output type,
/// parent composite type, field definition, input type, default value, argument, directive and enum value of the current node.
/// <see cref="Entering"/> must see a node before the rules and <see cref="Leaving"/> after them; <see cref="DocumentValidator"/>
/// places them first and last in the one <see cref="ParallelVisitor"/> walk, which is graphql-js's <c>visitWithTypeInfo</c>.
/// </summary>
public sealed class TypeInfo
{
    private static readonly GraphQLField TypeNameMetaField = new("__typename", new GraphQLNonNull(SpecifiedScalars.String));

    private readonly GraphQLSchema schema;
    private readonly List<GraphQLType?> typeStack = [];
    private readonly List<GraphQLNamedType?> parentTypeStack = [];
    private readonly List<GraphQLType?> inputTypeStack = [];
    private readonly List<GraphQLField?> fieldDefStack = [];
    private readonly List<DefaultValue> defaultValueStack = [];
    private VariableDefinitionNode? variableDefinition;

    public TypeInfo(GraphQLSchema schema)
    {
        this.schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Entering = new EnterVisitor(this);
        Leaving = new LeaveVisitor(this);
    }

    /// <summary>Updates the state on entering a node; runs before any rule sees the node.</summary>
    public AstVisitor Entering { get; }

    /// <summary>Restores the state on leaving a node; runs after every rule left the node.</summary>
    public AstVisitor Leaving { get; }

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => Top(typeStack);

    /// <summary>The composite type whose selection set the walk is in.</summary>
    public GraphQLNamedType? ParentType => Top(parentTypeStack);

    /// <summary>The input type expected at the current argument, variable definition, list item or input field.</summary>
    public GraphQLType? InputType => Top(inputTypeStack);

    /// <summary>The input type one level up (the list or input object the current value sits in).</summary>
    public GraphQLType? ParentInputType => inputTypeStack.Count > 1 ? inputTypeStack[^2] : null;

    public GraphQLField? FieldDef => Top(fieldDefStack);

    /// <summary>The schema default of the current argument or input field (none inside lists).</summary>
    public DefaultValue DefaultValue => defaultValueStack.Count > 0 ? defaultValueStack[^1] : default;

    public GraphQLDirective? Directive { get; private set; }

    public GraphQLArgument? Argument { get; private set; }

    public GraphQLEnumValue? EnumValue { get; private set; }

    /// <summary>
    /// The definition a field name selects on <paramref name="parentType"/>, including the introspection meta-fields
    /// (graphql-js <c>getFieldDef</c>). <c>__schema</c> and <c>__type</c> exist when the schema holds the introspection types.
    /// </summary>
    public static GraphQLField? GetFieldDef(GraphQLSchema schema, GraphQLNamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (fieldName == "__typename")
            {
                return parentType.IsCompositeType() ? TypeNameMetaField : null;
            }

            if (ReferenceEquals(parentType, schema.Query) && fieldName is "__schema" or "__type")
            {
                return IntrospectionMetaFields.For(schema, fieldName) ?? (parentType as GraphQLImplementingType)?.GetField(fieldName);
            }
        }

        return (parentType as GraphQLImplementingType)?.GetField(fieldName);
    }

    /// <summary>The first argument definition named <paramref name="name"/>, if any.</summary>
    internal static GraphQLArgument? FindArgument(IReadOnlyList<GraphQLArgument>? arguments, string name)
    {
        if (arguments is not null)
        {
            for (var i = 0; i < arguments.Count; i++)
            {
                if (arguments[i].Name == name)
                {
                    return arguments[i];
                }
            }
        }

        return null;
    }

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    private void EnterSelectionSet() =>
        parentTypeStack.Add(Type?.GetNamedType() is { } named && named.IsCompositeType() ? named : null);

    private void EnterField(FieldNode node)
    {
        var parentType = ParentType;
        var fieldDef = parentType is null ? null : GetFieldDef(schema, parentType, node.Name.Value);
        fieldDefStack.Add(fieldDef);
        typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType() ? fieldDef.Type : null);
    }

    private void EnterOperation(OperationDefinitionNode node) => typeStack.Add(schema.GetRootType(node.Operation));

    private void EnterFragment(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? Type?.GetNamedType() : TypeFromAst.Resolve(schema, typeCondition);
        typeStack.Add(type is not null && type.IsOutputType() ? type : null);
    }

    private void EnterVariableDefinition(VariableDefinitionNode node)
    {
        variableDefinition = node;
        var type = TypeFromAst.Resolve(schema, node.Type);
        inputTypeStack.Add(type is not null && type.IsInputType() ? type : null);
    }

    private void EnterArgument(ArgumentNode node)
    {
        var argument = FindArgument(Directive?.Arguments ?? FieldDef?.Arguments, node.Name.Value);

        Argument = argument;
        defaultValueStack.Add(argument is { HasDefaultValue: true } ? new DefaultValue(true, argument.DefaultValue) : default);
        inputTypeStack.Add(argument is not null && argument.Type.IsInputType() ? argument.Type : null);
    }

    private void EnterList()
    {
        var listType = InputType?.GetNullableType();
        var itemType = listType is GraphQLList list ? list.OfType : listType;
        defaultValueStack.Add(default);
        inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
    }

    private void EnterObjectField(ObjectFieldNode node)
    {
        var field = InputType?.GetNamedType() is GraphQLInputObjectType objectType ? objectType.GetField(node.Name.Value) : null;
        defaultValueStack.Add(field is { HasDefaultValue: true } ? new DefaultValue(true, field.DefaultValue) : default);
        inputTypeStack.Add(field is not null && field.Type.IsInputType() ? field.Type : null);
    }

    private void PopInput()
    {
        Pop(defaultValueStack);
        Pop(inputTypeStack);
    }

    private sealed class EnterVisitor(TypeInfo info) : AstVisitor
    {
        public override VisitAction Enter(SelectionSetNode node)
        {
            info.EnterSelectionSet();
            return VisitAction.Continue;
        }

        public override VisitAction Enter(FieldNode node)
        {
            info.EnterField(node);
            return VisitAction.Continue;
        }

        public override VisitAction Enter(DirectiveNode node)
        {
            info.Directive = info.schema.GetDirective(node.Name.Value);
            return VisitAction.Continue;
        }

        public override VisitAction Enter(OperationDefinitionNode node)
        {
            info.EnterOperation(node);
            return VisitAction.Continue;
        }

        public override VisitAction Enter(InlineFragmentNode node)
        {
            info.EnterFragment(node.TypeCondition);
            return VisitAction.Continue;
        }

        public override VisitAction Enter(FragmentDefinitionNode node)
        {
            info.EnterFragment(node.TypeCondition);
            return VisitAction.Continue;
        }

        public override VisitAction Enter(VariableDefinitionNode node)
        {
            info.EnterVariableDefinition(node);
            return VisitAction.Continue;
        }

        public override VisitAction Enter(ArgumentNode node)
        {
            info.EnterArgument(node);
            return VisitAction.Continue;
        }

        public override VisitAction Enter(ListValueNode node)
        {
            info.EnterList();
            return VisitAction.Continue;
        }

        public override VisitAction Enter(ObjectFieldNode node)
        {
            info.EnterObjectField(node);
            return VisitAction.Continue;
        }

        public override VisitAction Enter(EnumValueNode node)
        {
            info.EnumValue = info.InputType?.GetNamedType() is GraphQLEnumType enumType ? enumType.GetValue(node.Value) : null;
            return VisitAction.Continue;
        }

        // graphql-js does not visit descriptions while validating; our walk does, so a variable's description must not
        // be taken for a value of the variable's type.
        public override VisitAction Enter(StringValueNode node)
        {
            if (ReferenceEquals(node, info.variableDefinition?.Description))
            {
                info.inputTypeStack.Add(null);
                info.defaultValueStack.Add(default);
            }

            return VisitAction.Continue;
        }
    }

    private sealed class LeaveVisitor(TypeInfo info) : AstVisitor
    {
        public override void Leave(SelectionSetNode node) => Pop(info.parentTypeStack);

        public override void Leave(FieldNode node)
        {
            Pop(info.fieldDefStack);
            Pop(info.typeStack);
        }

        public override void Leave(DirectiveNode node) => info.Directive = null;

        public override void Leave(OperationDefinitionNode node) => Pop(info.typeStack);

        public override void Leave(InlineFragmentNode node) => Pop(info.typeStack);

        public override void Leave(FragmentDefinitionNode node) => Pop(info.typeStack);

        public override void Leave(VariableDefinitionNode node)
        {
            info.variableDefinition = null;
            Pop(info.inputTypeStack);
        }

        public override void Leave(ArgumentNode node)
        {
            info.Argument = null;
            info.PopInput();
        }

        public override void Leave(ListValueNode node) => info.PopInput();

        public override void Leave(ObjectFieldNode node) => info.PopInput();

        public override void Leave(EnumValueNode node) => info.EnumValue = null;

        public override void Leave(StringValueNode node)
        {
            if (ReferenceEquals(node, info.variableDefinition?.Description))
            {
                info.PopInput();
            }
        }
    }
}
