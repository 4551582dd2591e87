using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 3.3.1 Root Operation Types: each operation type is given one root type, across the schema definition and its extensions.</summary>
public sealed class UniqueOperationTypesRule(SdlValidationContext context) : AstVisitor
{
    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> defined = [];

    public static SdlValidationRule SdlRule { get; } = context => new UniqueOperationTypesRule(context);

    public override VisitAction Enter(SchemaDefinitionNode node) => Check(node.OperationTypes);

    public override VisitAction Enter(SchemaExtensionNode node) => Check(node.OperationTypes);

    private VisitAction Check(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            var operation = operationType.Operation;
            var name = OperationName(operation);
            if (context.SchemaOrNull?.GetRootType(operation) is not null)
            {
                context.ReportError(new GraphQLError($"Type for {name} already defined in the schema. It cannot be redefined.", [operationType]));
            }
            else if (defined.TryGetValue(operation, out var first))
            {
                context.ReportError(new GraphQLError($"There can be only one {name} type in schema.", [first, operationType]));
            }
            else
            {
                defined[operation] = operationType;
            }
        }

        return VisitAction.Skip;
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
