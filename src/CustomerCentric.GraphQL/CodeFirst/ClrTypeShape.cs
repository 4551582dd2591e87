using System.Collections;
using System.Reflection;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// A CLR type seen as GraphQL sees types: nullable or not, and either a list of an element shape or a named CLR type.
/// Nullability comes from <see cref="NullabilityInfo"/> (nullable reference types) and <see cref="Nullable{T}"/>.
/// </summary>
internal sealed record ClrTypeShape(Type NamedType, bool IsNullable, ClrTypeShape? Element)
{
    public bool IsList => Element is not null;

    /// <summary>The shape of a CLR type with its nullability annotations; without them reference types are nullable (oblivious code).</summary>
    public static ClrTypeShape From(Type type, NullabilityInfo? nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return From(underlying, null) with { IsNullable = true };
        }

        var nullable = !type.IsValueType && (nullability is null || nullability.ReadState != NullabilityState.NotNull);
        if (ListElement(type, nullability) is var (elementType, elementNullability))
        {
            return new ClrTypeShape(elementType, nullable, From(elementType, elementNullability));
        }

        return new ClrTypeShape(type, nullable, null);
    }

    /// <summary>The shape of a type given in code (a generic argument): reference types non-null, since <c>?</c> cannot be passed.</summary>
    public static ClrTypeShape NonNullByDefault(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return NonNullByDefault(underlying) with { IsNullable = true };
        }

        if (ListElement(type, null) is var (elementType, _))
        {
            return new ClrTypeShape(elementType, false, NonNullByDefault(elementType));
        }

        return new ClrTypeShape(type, false, null);
    }

    /// <summary>The T of <see cref="Task{T}"/> or <see cref="ValueTask{T}"/>, with its nullability; null for other types.</summary>
    public static (Type Type, NullabilityInfo? Nullability)? Awaited(Type type, NullabilityInfo? nullability) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? (type.GetGenericArguments()[0], nullability?.GenericTypeArguments.FirstOrDefault())
            : null;

    /// <summary>The T of <see cref="IAsyncEnumerable{T}"/> (the type itself or one it implements); null otherwise.</summary>
    public static (Type Type, NullabilityInfo? Nullability)? StreamItem(Type type, NullabilityInfo? nullability)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
        {
            return (type.GetGenericArguments()[0], nullability?.GenericTypeArguments.FirstOrDefault());
        }

        var implemented = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));
        return implemented is null ? null : (implemented.GetGenericArguments()[0], null);
    }

    private static (Type Element, NullabilityInfo? Nullability)? ListElement(Type type, NullabilityInfo? nullability)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return (type.GetElementType()!, nullability?.ElementType);
        }

        if (!typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        if (typeof(IDictionary).IsAssignableFrom(type) || ImplementsGeneric(type, typeof(IDictionary<,>)) || ImplementsGeneric(type, typeof(IReadOnlyDictionary<,>)))
        {
            throw new NotSupportedException($"dictionaries ({Display(type)}) have no GraphQL type; expose a list of objects instead");
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
              ?? throw new NotSupportedException($"the untyped collection {Display(type)} has no item type; use IEnumerable<T>");
        var element = enumerable.GetGenericArguments()[0];

        // The annotation of the element is the type's own single generic argument (List<T?>, IReadOnlyList<T?>, ...), when there is one.
        var elementNullability = type.IsGenericType && type.GetGenericArguments().Length == 1 && type.GetGenericArguments()[0] == element
            ? nullability?.GenericTypeArguments.FirstOrDefault()
            : null;
        return (element, elementNullability);
    }

    private static bool ImplementsGeneric(Type type, Type definition) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() == definition)
        || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);

    public static string Display(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Display))}>"
        : type.Name;
}
