namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>A resolver parameter taken from <see cref="Types.IResolveFieldContext.RequestServices"/> rather than exposed as an argument.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;
