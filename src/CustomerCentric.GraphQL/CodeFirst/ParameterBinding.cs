using System.Reflection;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Where a resolver method's parameter gets its value.</summary>
internal sealed record ParameterBinding(ParameterInfo Parameter, ParameterSource Source, string? ArgumentName = null, object? Fallback = null, bool Optional = false);
