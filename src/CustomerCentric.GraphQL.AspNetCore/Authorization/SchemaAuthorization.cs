using System.Security.Claims;
using CustomerCentric.GraphQL.AspNetCore.Errors;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Types;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.GraphQL.AspNetCore.Authorization;

/// <summary>
/// Puts an authorization check in front of the resolver of every field that has an <see cref="AuthorizeRule"/> (its own or its
/// object type's, from metadata or the <c>@authorize</c> directive). Done once when the server starts, so fields without rules
/// keep their fast paths. A refused field throws a <see cref="GraphQLError"/> with code AUTH_NOT_AUTHORIZED: execution nulls the
/// field and reports it with path and locations, like any field error.
/// </summary>
public static class SchemaAuthorization
{
    public const string NotAuthorizedMessage = "The current user is not authorized to access this resource.";

    private const string AppliedKey = "authorize.applied";

    public static void Apply(GraphQLSchema schema)
    {
        foreach (var type in schema.TypeMap.Values)
        {
            if (type is not GraphQLObjectType objectType || type.Name.StartsWith("__", StringComparison.Ordinal) || type.Metadata.ContainsKey(AppliedKey))
            {
                continue;
            }

            type.Metadata[AppliedKey] = true;
            var typeRule = RuleOf(objectType.Metadata) ?? (objectType.AstNode is { } typeNode ? AuthorizeDirective.Find(typeNode.Directives) : null);
            foreach (var field in objectType.Fields.Values)
            {
                var fieldRule = RuleOf(field.Metadata) ?? (field.AstNode is { } fieldNode ? AuthorizeDirective.Find(fieldNode.Directives) : null);
                AuthorizeRule[] rules = [.. new[] { typeRule, fieldRule }.OfType<AuthorizeRule>()];
                if (rules.Length > 0)
                {
                    Guard(field, rules);
                }
            }
        }
    }

    /// <summary>The caller of a request: the <see cref="ClaimsPrincipal"/> the transport put in the request's items.</summary>
    public static ClaimsPrincipal? UserOf(IDictionary<string, object?> items) =>
        items.TryGetValue(GraphQLServerItems.User, out var user) ? user as ClaimsPrincipal : null;

    public static GraphQLError NotAuthorized() =>
        new(NotAuthorizedMessage, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.NotAuthorized });

    private static AuthorizeRule? RuleOf(IDictionary<string, object?> metadata) =>
        metadata.TryGetValue(AuthorizeRule.MetadataKey, out var rule) ? rule as AuthorizeRule : null;

    private static void Guard(GraphQLField field, AuthorizeRule[] rules)
    {
        var resolve = field.Resolve;
        var read = field.ResolveSource;
        var name = field.Name;
        var needsPolicy = rules.Any(rule => rule.Policy is not null);
        field.Resolve = needsPolicy
            ? async context =>
            {
                await AuthorizeAsync(context, rules).ConfigureAwait(false);
                return await Inner(context).ConfigureAwait(false);
            }
            : context =>
            {
                RequireAuthenticated(context);
                return Inner(context);
            };

        if (field.Subscribe is { } subscribe)
        {
            field.Subscribe = async context =>
            {
                await AuthorizeAsync(context, rules).ConfigureAwait(false);
                return await subscribe(context).ConfigureAwait(false);
            };
        }

        ValueTask<object?> Inner(IResolveFieldContext context) =>
            resolve is not null ? resolve(context)
            : new ValueTask<object?>(read is not null ? read(context.Source) : DefaultFieldResolver.Resolve(context.Source, name));
    }

    private static ClaimsPrincipal RequireAuthenticated(IResolveFieldContext context)
    {
        var user = UserOf(context.Items);
        return user?.Identity?.IsAuthenticated == true ? user : throw NotAuthorized();
    }

    private static async ValueTask AuthorizeAsync(IResolveFieldContext context, AuthorizeRule[] rules)
    {
        var user = RequireAuthenticated(context);
        foreach (var rule in rules)
        {
            if (rule.Policy is not { } policy)
            {
                continue;
            }

            var authorization = context.RequestServices?.GetService<IAuthorizationService>()
                ?? throw new InvalidOperationException("Field authorization with a policy needs IAuthorizationService: call services.AddAuthorization().");
            var result = await authorization.AuthorizeAsync(user, context, policy).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw NotAuthorized();
            }
        }
    }
}
