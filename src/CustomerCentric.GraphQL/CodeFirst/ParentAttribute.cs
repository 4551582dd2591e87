namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>A resolver parameter that receives the parent value (<see cref="Types.IResolveFieldContext.Source"/>) rather than an argument.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;
