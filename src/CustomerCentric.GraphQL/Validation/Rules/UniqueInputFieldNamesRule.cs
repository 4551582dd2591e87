using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness: each repeat is reported, at the repeat, against the first field of that name.</summary>
public sealed class UniqueInputFieldNamesRule(AstValidationContext context) : AstVisitor
{
    private readonly List<ObjectValueNode> objects = [];

    public static ValidationRule Rule { get; } = context => new UniqueInputFieldNamesRule(context);

    public static SdlValidationRule SdlRule { get; } = context => new UniqueInputFieldNamesRule(context);

    public override VisitAction Enter(ObjectValueNode node)
    {
        objects.Add(node);
        return VisitAction.Continue;
    }

    public override void Leave(ObjectValueNode node) => objects.RemoveAt(objects.Count - 1);

    public override VisitAction Enter(ObjectFieldNode node)
    {
        var fields = objects[^1].Fields;
        var name = node.Name.Value;
        for (var i = 0; i < fields.Count && !ReferenceEquals(fields[i], node); i++)
        {
            if (fields[i].Name.Value == name)
            {
                context.ReportError(new GraphQLError($"There can be only one input field named \"{name}\".", [fields[i].Name, node.Name]));
                break;
            }
        }

        return VisitAction.Continue;
    }
}
