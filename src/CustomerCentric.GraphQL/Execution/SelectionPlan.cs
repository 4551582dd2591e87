using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>The collected fields of a selection for one object type (spec 6.3.2 CollectFields), with their definitions resolved.</summary>
internal sealed class SelectionPlan(GraphQLObjectType type, ResultShape shape, CollectedField[] fields, FieldNode? firstFieldNode)
{
    /// <summary>The first collected field node, even when the type does not define it: subscriptions must name it in their error.</summary>
    public FieldNode? FirstFieldNode { get; } = firstFieldNode;

    public GraphQLObjectType Type { get; } = type;

    public ResultShape Shape { get; } = shape;

    public CollectedField[] Fields { get; } = fields;
}
