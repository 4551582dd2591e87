using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 3.3 Schema: a document defines at most one schema, and none when it extends a schema that has one.</summary>
public sealed class LoneSchemaDefinitionRule : AstVisitor
{
    private readonly SdlValidationContext context;
    private readonly bool alreadyDefined;
    private int schemaDefinitions;

    public LoneSchemaDefinitionRule(SdlValidationContext context)
    {
        this.context = context;
        var schema = context.SchemaOrNull;
        alreadyDefined = schema is not null && (schema.AstNode is not null || schema.Query is not null || schema.Mutation is not null || schema.Subscription is not null);
    }

    public static SdlValidationRule SdlRule { get; } = context => new LoneSchemaDefinitionRule(context);

    public override VisitAction Enter(SchemaDefinitionNode node)
    {
        if (alreadyDefined)
        {
            context.ReportError(new GraphQLError("Cannot define a new schema within a schema extension.", [node]));
            return VisitAction.Skip;
        }

        if (schemaDefinitions > 0)
        {
            context.ReportError(new GraphQLError("Must provide only one schema definition.", [node]));
        }

        schemaDefinitions++;
        return VisitAction.Skip;
    }
}
