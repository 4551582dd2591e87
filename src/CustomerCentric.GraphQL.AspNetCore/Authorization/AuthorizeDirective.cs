using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.AspNetCore.Authorization;

/// <summary>
/// Authorization in SDL-first schemas: declare <see cref="Definition"/> in the SDL and put <c>@authorize</c> or
/// <c>@authorize(policy: "Staff")</c> on object types and fields. The server reads it from the schema's AST when it starts.
/// </summary>
public static class AuthorizeDirective
{
    public const string Name = "authorize";

    public const string Definition = "directive @authorize(policy: String) on OBJECT | FIELD_DEFINITION";

    public static AuthorizeRule? Find(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != Name)
            {
                continue;
            }

            string? policy = null;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "policy" && argument.Value is StringValueNode value)
                {
                    policy = value.Value;
                }
            }

            return new AuthorizeRule(policy);
        }

        return null;
    }
}
