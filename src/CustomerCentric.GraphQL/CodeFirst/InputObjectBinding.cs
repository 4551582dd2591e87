using System.Reflection;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// How an input class or record is built from a coerced input object: the public constructor with the most parameters that all
/// match properties by name (a record's primary constructor), then the settable properties not set by the constructor.
/// </summary>
internal sealed record InputObjectBinding(Type ClrType, ConstructorInfo? Constructor, IReadOnlyList<InputObjectBinding.Member> Members)
{
    /// <summary>The binding of <paramref name="type"/>, with the names and ignored fields of its <see cref="InputObjectType{T}"/> if it has one.</summary>
    public static InputObjectBinding For(Type type, InputObjectTypeConfig? config = null)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<GraphQLIgnoreAttribute>() is null
                && config?.Find(p) is not { Ignored: true })
            .ToList();
        var constructor = type.GetConstructors()
            .Where(c => c.GetParameters().All(parameter => properties.Any(p => Matches(p, parameter))))
            .MaxBy(c => c.GetParameters().Length);
        if (constructor is null && !type.IsValueType)
        {
            throw new NotSupportedException(
                $"input type {ClrTypeShape.Display(type)} needs a public constructor whose parameters all match properties by name (or a parameterless one)");
        }

        var parameters = constructor?.GetParameters() ?? [];
        var members = new List<Member>();
        foreach (var property in properties)
        {
            var parameter = parameters.FirstOrDefault(p => Matches(property, p));
            if (parameter is null && property.SetMethod is not { IsPublic: true })
            {
                // A computed, get-only property is not something a client can send.
                continue;
            }

            var name = config?.Find(property)?.Name ?? property.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameConventions.ToCamelCase(property.Name);
            members.Add(new Member(name, property, parameter));
        }

        return new InputObjectBinding(type, constructor, members);
    }

    private static bool Matches(PropertyInfo property, ParameterInfo parameter) =>
        string.Equals(property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase) && property.PropertyType == parameter.ParameterType;

    /// <summary>An input field: its GraphQL name, the property, and the constructor parameter that sets it (if any).</summary>
    public sealed record Member(string Name, PropertyInfo Property, ParameterInfo? Parameter);
}
