using System.Reflection;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>How C# names become GraphQL names (the conventions HotChocolate users know).</summary>
public static class NameConventions
{
    /// <summary><c>Name</c> -> <c>name</c>, <c>URL</c> -> <c>url</c>, <c>IOStream</c> -> <c>ioStream</c>.</summary>
    public static string ToCamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0]))
        {
            return name;
        }

        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        // In a leading run of capitals the last one starts the next word ("IOStream"), unless the run is the whole name.
        var lower = upper == name.Length || upper == 1 ? upper : upper - 1;
        return name[..lower].ToLowerInvariant() + name[lower..];
    }

    /// <summary>A method's field name: <c>GetCustomersAsync</c> -> <c>customers</c>.</summary>
    public static string FieldNameOfMethod(string methodName)
    {
        var name = methodName;
        if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
        {
            name = name[..^5];
        }

        if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
        {
            name = name[3..];
        }

        return ToCamelCase(name);
    }

    /// <summary><c>KeyAccount</c> -> <c>KEY_ACCOUNT</c>, as <see cref="GraphQLEnumType.FromEnum{TEnum}"/> names values.</summary>
    public static string ToConstantCase(string name) => GraphQLEnumType.ToConstantCase(name);

    /// <summary>
    /// A CLR type's GraphQL name: <c>[GraphQLName]</c>, else the type name without generic arity and with the type arguments' names in
    /// front (<c>Page&lt;Customer&gt;</c> -> <c>CustomerPage</c>); C# interfaces lose their <c>I</c> prefix (<c>INode</c> -> <c>Node</c>).
    /// </summary>
    public static string TypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (type.IsInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        return type.IsGenericType
            ? string.Concat(type.GetGenericArguments().Select(TypeName)) + name
            : name;
    }

    /// <summary>An input object's name: the type name with <c>Input</c> appended unless it already ends with it.</summary>
    public static string InputTypeName(Type type)
    {
        var name = TypeName(type);
        return type.GetCustomAttribute<GraphQLNameAttribute>() is not null || name.EndsWith("Input", StringComparison.Ordinal)
            ? name
            : name + "Input";
    }
}
