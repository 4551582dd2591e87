using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

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
            AstWalker.Walk(definition, new VariableUsageCollector(new TypeInfo(Schema), usages));
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

    /// <summary>Walks one definition with its own <see cref="Validation.TypeInfo"/>, recording each variable and its expected type.</summary>
    private sealed class VariableUsageCollector(TypeInfo info, List<VariableUsage> usages) : AstVisitor
    {
        private readonly AstVisitor enter = info.Entering;
        private readonly AstVisitor leave = info.Leaving;

        public override VisitAction Enter(VariableDefinitionNode node) => VisitAction.Skip;

        public override VisitAction Enter(VariableNode node)
        {
            usages.Add(new VariableUsage(node, info.InputType, info.DefaultValue, info.ParentInputType));
            return VisitAction.Continue;
        }

        public override VisitAction Enter(OperationDefinitionNode node) => enter.Enter(node);

        public override void Leave(OperationDefinitionNode node) => leave.Leave(node);

        public override VisitAction Enter(FragmentDefinitionNode node) => enter.Enter(node);

        public override void Leave(FragmentDefinitionNode node) => leave.Leave(node);

        public override VisitAction Enter(SelectionSetNode node) => enter.Enter(node);

        public override void Leave(SelectionSetNode node) => leave.Leave(node);

        public override VisitAction Enter(FieldNode node) => enter.Enter(node);

        public override void Leave(FieldNode node) => leave.Leave(node);

        public override VisitAction Enter(InlineFragmentNode node) => enter.Enter(node);

        public override void Leave(InlineFragmentNode node) => leave.Leave(node);

        public override VisitAction Enter(DirectiveNode node) => enter.Enter(node);

        public override void Leave(DirectiveNode node) => leave.Leave(node);

        public override VisitAction Enter(ArgumentNode node) => enter.Enter(node);

        public override void Leave(ArgumentNode node) => leave.Leave(node);

        public override VisitAction Enter(ListValueNode node) => enter.Enter(node);

        public override void Leave(ListValueNode node) => leave.Leave(node);

        public override VisitAction Enter(ObjectFieldNode node) => enter.Enter(node);

        public override void Leave(ObjectFieldNode node) => leave.Leave(node);
    }
}
