using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// What a field without a resolver resolves to (graphql-js <c>defaultFieldResolver</c>): the parent value's entry of the field's name.
/// Reads JSON objects (<see cref="JsonElement"/>), dictionaries, and CLR properties or fields (matched exactly, else ignoring case);
/// property reads are compiled once per CLR type and name, so no reflection runs per field.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Accessors = new();

    public static object? Resolve(object? source, string fieldName)
    {
        switch (source)
        {
            case null:
                return null;
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(fieldName, out var property)
                    ? FromJson(property)
                    : null;
            case Dictionary<string, object?> map:
                // What parsed JSON gives: an exact type test and a direct call, cheaper than the interface below.
                return map.TryGetValue(fieldName, out var mapped) ? mapped : null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(fieldName, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var entry) ? entry : null;
            case IDictionary untyped:
                return untyped.Contains(fieldName) ? untyped[fieldName] : null;
            default:
                var accessor = Accessors.GetOrAdd((source.GetType(), fieldName), static key => CreateAccessor(key.Type, key.Name));
                return accessor?.Invoke(source);
        }
    }

    /// <summary>A JSON null is a GraphQL null; other JSON values stay as they are for completion to read.</summary>
    internal static object? FromJson(JsonElement element) =>
        element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : element;

    private static Func<object, object?>? CreateAccessor(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? member = (MemberInfo?)type.GetProperty(name, flags) ?? type.GetField(name, flags);
        member ??= type.GetMembers(flags).FirstOrDefault(candidate =>
            candidate is PropertyInfo or FieldInfo && string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase));
        if (member is PropertyInfo { GetMethod: null } or PropertyInfo { GetMethod.IsStatic: true } || (member is PropertyInfo p && p.GetIndexParameters().Length > 0))
        {
            member = null;
        }

        if (member is null)
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "source");
        var read = Expression.MakeMemberAccess(Expression.Convert(instance, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }
}
