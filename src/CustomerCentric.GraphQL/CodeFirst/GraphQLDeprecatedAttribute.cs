using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Marks a field, argument, input field or enum value <c>@deprecated</c>. <see cref="ObsoleteAttribute"/> does the same.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string reason = SpecifiedDirectives.DefaultDeprecationReason) : Attribute
{
    public string Reason { get; } = reason;
}
