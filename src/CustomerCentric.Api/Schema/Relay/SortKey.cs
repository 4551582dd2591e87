using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CustomerCentric.Api.Schema.Relay;

/// <summary>
/// One key of a <see cref="KeysetOrder{T}"/>: what rows are sorted by and in which direction. It builds its part of the
/// ORDER BY and of the "comes after this cursor" predicate as expressions EF Core translates, and reads and writes its value
/// in a cursor.
/// </summary>
public sealed class SortKey<T>
{
    private static readonly System.Reflection.MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private readonly Func<T, object?> _read;

    private SortKey(LambdaExpression selector, bool descending)
    {
        Selector = selector;
        IsDescending = descending;
        var row = selector.Parameters[0];
        _read = Expression.Lambda<Func<T, object?>>(Expression.Convert(selector.Body, typeof(object)), row).Compile();
    }

    public LambdaExpression Selector { get; }

    public bool IsDescending { get; }

    public Type KeyType => Selector.ReturnType;

    public static SortKey<T> Ascending<TKey>(Expression<Func<T, TKey>> selector) => new(selector, descending: false);

    public static SortKey<T> Descending<TKey>(Expression<Func<T, TKey>> selector) => new(selector, descending: true);

    public object? ValueOf(T row) => _read(row);

    public JsonElement Write(object? value) => JsonSerializer.SerializeToElement(value, KeyType);

    /// <exception cref="JsonException">The element does not hold a value of the key's type.</exception>
    public object Read(JsonElement element) =>
        element.Deserialize(KeyType) ?? throw new JsonException("A cursor holds no null keys.");

    /// <summary>The key of <paramref name="row"/> (a parameter of the predicate being built).</summary>
    internal Expression Of(ParameterExpression row) =>
        new ParameterReplacer(Selector.Parameters[0], row).Visit(Selector.Body);

    /// <summary>
    /// The cursor's value as a member of a closure object, which EF Core sends as a SQL parameter: a constant would be
    /// written into the SQL text, so every cursor would compile and cache a query of its own.
    /// </summary>
    internal Expression Parameter(object value)
    {
        var box = (IStrongBox)Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(KeyType), value)!;
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
    }

    /// <summary><paramref name="key"/> &gt; (or &lt;) <paramref name="value"/>, in a form EF Core translates for strings too.</summary>
    internal Expression Compare(Expression key, Expression value, bool greater)
    {
        var type = greater ? ExpressionType.GreaterThan : ExpressionType.LessThan;
        return KeyType == typeof(string)
            ? Expression.MakeBinary(type, Expression.Call(StringCompare, key, value), Expression.Constant(0))
            : Expression.MakeBinary(type, key, value);
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
