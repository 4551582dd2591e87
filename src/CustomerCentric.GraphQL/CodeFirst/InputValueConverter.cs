using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Converts coerced GraphQL input values (numbers, strings, C# enum members, <see cref="List{T}"/> of items and dictionaries of input
/// object fields) to the CLR parameter and property types resolvers declare. One converter per CLR type, built when the schema is
/// created; input objects are built by compiled expressions, lists by closed generic methods: no reflection per call.
/// </summary>
internal sealed class InputValueConverter(Func<Type, InputObjectBinding> bindingOf)
{
    private static readonly MethodInfo ToListMethod = typeof(InputValueConverter).GetMethod(nameof(ToList), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToArrayMethod = typeof(InputValueConverter).GetMethod(nameof(ToArray), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToHashSetMethod = typeof(InputValueConverter).GetMethod(nameof(ToHashSet), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo FieldMethod = typeof(InputValueConverter).GetMethod(nameof(Field), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo HasMethod = typeof(InputValueConverter).GetMethod(nameof(Has), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<Type, Func<object?, object?>> _converters = [];

    public Func<object?, object?> For(Type target)
    {
        if (_converters.TryGetValue(target, out var known))
        {
            return known;
        }

        // Input types may refer to themselves: a forwarding entry serves the recursion until the real converter exists.
        Func<object?, object?>? built = null;
        _converters[target] = value => built!(value);
        built = Build(target);
        _converters[target] = built;
        return built;
    }

    private Func<object?, object?> Build(Type target)
    {
        if (Nullable.GetUnderlyingType(target) is { } underlying)
        {
            var inner = For(underlying);
            return value => value is null ? null : inner(value);
        }

        if (target == typeof(object) || target == typeof(string) || target == typeof(DateTimeOffset))
        {
            return static value => value;
        }

        if (target.IsEnum)
        {
            return value => value is null || value.GetType() == target ? value : value is string name ? Enum.Parse(target, name) : Enum.ToObject(target, value);
        }

        if (target == typeof(Guid))
        {
            return static value => value is string text ? Guid.Parse(text, CultureInfo.InvariantCulture) : value;
        }

        if (target == typeof(DateTime))
        {
            return static value => value is DateTimeOffset moment ? moment.UtcDateTime : value;
        }

        if (target.IsPrimitive || target == typeof(decimal))
        {
            return value => value is null || value.GetType() == target ? value : Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        if (ListConverter(target) is { } list)
        {
            return list;
        }

        if (typeof(IEnumerable).IsAssignableFrom(target) || target.IsInterface || target.IsAbstract)
        {
            throw new NotSupportedException($"cannot build a {ClrTypeShape.Display(target)} from a GraphQL input value");
        }

        return InputObjectConverter(target);
    }

    private Func<object?, object?>? ListConverter(Type target)
    {
        Type? element;
        MethodInfo method;
        if (target.IsArray)
        {
            element = target.GetElementType()!;
            method = ToArrayMethod;
        }
        else if (target.IsGenericType && target.GetGenericArguments().Length == 1)
        {
            element = target.GetGenericArguments()[0];
            if (target.IsAssignableFrom(typeof(List<>).MakeGenericType(element)))
            {
                method = ToListMethod;
            }
            else if (target.IsAssignableFrom(typeof(HashSet<>).MakeGenericType(element)))
            {
                method = ToHashSetMethod;
            }
            else
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        var convertItems = method.MakeGenericMethod(element).CreateDelegate<Func<object?, Func<object?, object?>, object?>>();
        var convertItem = For(element);
        return value => convertItems(value, convertItem);
    }

    private Func<object?, object?> InputObjectConverter(Type target)
    {
        var binding = bindingOf(target);
        var fields = Expression.Parameter(typeof(object), "fields");
        var instance = Expression.Variable(target, "instance");
        var constructorArguments = new List<Expression>();
        foreach (var parameter in binding.Constructor?.GetParameters() ?? [])
        {
            var member = binding.Members.First(m => m.Parameter == parameter);
            ParameterDefaults.TryGet(parameter, out var fallback);
            constructorArguments.Add(ReadField(fields, member.Name, parameter.ParameterType, fallback));
        }

        var body = new List<Expression>
        {
            Expression.Assign(instance, binding.Constructor is null ? Expression.New(target) : Expression.New(binding.Constructor, constructorArguments)),
        };

        // Properties the constructor did not set are assigned only when given, so their initializers apply otherwise.
        foreach (var member in binding.Members.Where(m => m.Parameter is null))
        {
            body.Add(Expression.IfThen(
                Expression.Call(HasMethod, fields, Expression.Constant(member.Name)),
                Expression.Assign(Expression.Property(instance, member.Property), ReadField(fields, member.Name, member.Property.PropertyType, null))));
        }

        body.Add(Expression.Convert(instance, typeof(object)));
        var build = Expression.Lambda<Func<object, object>>(Expression.Block([instance], body), fields).Compile();
        return value => value is null ? null : build(value);
    }

    private MethodCallExpression ReadField(ParameterExpression fields, string name, Type type, object? fallback) =>
        Expression.Call(
            FieldMethod.MakeGenericMethod(type),
            fields,
            Expression.Constant(name),
            Expression.Constant(For(type)),
            fallback is null ? Expression.Default(type) : Expression.Constant(fallback, type));

    private static IReadOnlyDictionary<string, object?> Fields(object value) =>
        value as IReadOnlyDictionary<string, object?>
        ?? throw new InvalidOperationException($"Expected the coerced fields of an input object but got {value.GetType().Name}.");

    private static bool Has(object fields, string name) => Fields(fields).ContainsKey(name);

    private static T Field<T>(object fields, string name, Func<object?, object?> convert, T fallback) =>
        Fields(fields).TryGetValue(name, out var value) ? convert(value) is T converted ? converted : default! : fallback;

    private static object? ToList<T>(object? value, Func<object?, object?> convert)
    {
        if (value is null)
        {
            return null;
        }

        var items = new List<T>();
        foreach (var item in (IEnumerable)value)
        {
            items.Add(convert(item) is T converted ? converted : default!);
        }

        return items;
    }

    private static object? ToArray<T>(object? value, Func<object?, object?> convert) => (ToList<T>(value, convert) as List<T>)?.ToArray();

    private static object? ToHashSet<T>(object? value, Func<object?, object?> convert) => ToList<T>(value, convert) is List<T> items ? new HashSet<T>(items) : null;
}
