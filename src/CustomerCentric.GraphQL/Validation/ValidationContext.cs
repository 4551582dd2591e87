using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation;

/// <summary>
/// What the executable rules see (graphql-js <c>ValidationContext</c>): the schema, the document, the <see cref="TypeInfo"/>
/// state of the current node, and variable usages per operation or fragment, each computed once.
/// </summary>
public sealed class ValidationContext : AstValidationContext
{
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    public ValidationContext(GraphQLSchema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError)
        : base(document, schema ?? throw new ArgumentNullException(nameof(schema)), onError)
    {
        Schema = schema;
        TypeInfo = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));
    }

    public GraphQLSchema Schema { get; }

    public TypeInfo TypeInfo { get; }

    public GraphQLType? Type => TypeInfo.Type;

    public GraphQLNamedType? ParentType => TypeInfo.ParentType;

    public GraphQLType? InputType => TypeInfo.InputType;

    public GraphQLType? ParentInputType => TypeInfo.ParentInputType;

    public GraphQLField? FieldDef => TypeInfo.FieldDef;

    public GraphQLDirective? Directive => TypeInfo.Directive;

    public GraphQLArgument? Argument => TypeInfo.Argument;

    public GraphQLEnumValue? EnumValue => TypeInfo.EnumValue;

    /// <summary>The variables used directly in an operation or fragment (not through its spreads), in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (!variableUsages.TryGetValue(definition, out var usages))
        {
            usages = [];
            new VariableUsageCollector(Schema, usages).Collect(definition);
            variableUsages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variables an operation uses, directly or in any fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            return usages;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        usages = [.. GetVariableUsages(operation)];
        var fromOperation = usages.Count;
        foreach (var fragment in fragments)
        {
            var local = GetVariableUsages(fragment);
            SpendFragmentWork(local.Count);
            usages.AddRange(local);
        }

        SpendFragmentWork(usages.Count - fromOperation);
        recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>
    /// Records each variable of one definition with the input type, default and parent input type that <see cref="Validation.TypeInfo"/>
    /// gives its position, in document order. A direct recursion over the selections and values (no visitor, no type stacks):
    /// the rules ask for every operation and every fragment it reaches, usually before the main walk gets to those fragments.
    /// </summary>
    private sealed class VariableUsageCollector(GraphQLSchema schema, List<VariableUsage> usages)
    {
        public void Collect(ExecutableDefinitionNode definition)
        {
            // Variable definitions (their defaults and directives) are not usages.
            GraphQLType? type = definition switch
            {
                OperationDefinitionNode operation => schema.GetRootType(operation.Operation),
                FragmentDefinitionNode fragment => OutputTypeOrNull(TypeFromAst.Resolve(schema, fragment.TypeCondition)),
                _ => null,
            };
            Directives(definition.Directives, null);
            SelectionSet(definition.SelectionSet, type, null);
        }

        private static GraphQLType? OutputTypeOrNull(GraphQLType? type) => type is not null && type.IsOutputType() ? type : null;

        private static GraphQLType? InputTypeOrNull(GraphQLType? type) => type is not null && type.IsInputType() ? type : null;

        // type: the output type whose selection set this is; fieldDef: the enclosing field (whose arguments an unknown
        // directive's arguments are looked up in, as graphql-js's TypeInfo does).
        private void SelectionSet(SelectionSetNode selectionSet, GraphQLType? type, GraphQLField? fieldDef)
        {
            var parentType = type?.GetNamedType() is { } named && named.IsCompositeType() ? named : null;
            // Indexed: a foreach over the interface would allocate an enumerator per selection set.
            var selections = selectionSet.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                var selection = selections[i];
                switch (selection)
                {
                    case FieldNode field:
                        var definition = parentType is null ? null : TypeInfo.GetFieldDef(schema, parentType, field.Name.Value);
                        Arguments(field.Arguments, definition?.Arguments);
                        Directives(field.Directives, definition);
                        if (field.SelectionSet is { } fieldSelections)
                        {
                            SelectionSet(fieldSelections, definition is null ? null : OutputTypeOrNull(definition.Type), definition);
                        }

                        break;
                    case InlineFragmentNode inline:
                        Directives(inline.Directives, fieldDef);
                        var fragmentType = inline.TypeCondition is null ? type?.GetNamedType() : TypeFromAst.Resolve(schema, inline.TypeCondition);
                        SelectionSet(inline.SelectionSet, OutputTypeOrNull(fragmentType), fieldDef);
                        break;
                    case FragmentSpreadNode spread:
                        Directives(spread.Directives, fieldDef);
                        break;
                }
            }
        }

        private void Directives(IReadOnlyList<DirectiveNode> directives, GraphQLField? fieldDef)
        {
            foreach (var directive in directives)
            {
                if (directive.Arguments.Count > 0)
                {
                    Arguments(directive.Arguments, schema.GetDirective(directive.Name.Value)?.Arguments ?? fieldDef?.Arguments);
                }
            }
        }

        private void Arguments(IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<GraphQLArgument>? definitions)
        {
            foreach (var argument in arguments)
            {
                var definition = TypeInfo.FindArgument(definitions, argument.Name.Value);

                var defaultValue = definition is { HasDefaultValue: true } ? new DefaultValue(true, definition.DefaultValue) : default;
                Value(argument.Value, definition is null ? null : InputTypeOrNull(definition.Type), defaultValue, null);
            }
        }

        private void Value(ValueNode value, GraphQLType? type, DefaultValue defaultValue, GraphQLType? parentType)
        {
            switch (value)
            {
                case VariableNode variable:
                    usages.Add(new VariableUsage(variable, type, defaultValue, parentType));
                    break;
                case ListValueNode list:
                    var listType = type?.GetNullableType();
                    var itemType = InputTypeOrNull(listType is GraphQLList listOf ? listOf.OfType : listType);
                    foreach (var item in list.Values)
                    {
                        Value(item, itemType, default, type);
                    }

                    break;
                case ObjectValueNode inputObject:
                    var objectType = type?.GetNamedType() as GraphQLInputObjectType;
                    foreach (var field in inputObject.Fields)
                    {
                        var fieldDefinition = objectType?.GetField(field.Name.Value);
                        Value(
                            field.Value,
                            fieldDefinition is null ? null : InputTypeOrNull(fieldDefinition.Type),
                            fieldDefinition is { HasDefaultValue: true } ? new DefaultValue(true, fieldDefinition.DefaultValue) : default,
                            type);
                    }

                    break;
            }
        }
    }
}
