namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Makes an input class a <c>@oneOf</c> input object: exactly one field must be given (its properties must be nullable).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class OneOfAttribute : Attribute;
