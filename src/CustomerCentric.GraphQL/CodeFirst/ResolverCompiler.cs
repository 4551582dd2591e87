using System.Linq.Expressions;
using System.Reflection;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Compiles C# members to resolver delegates with expression trees, once, when the schema is created: a property read becomes a
/// <see cref="SourceFieldResolver"/>; a method becomes a <see cref="FieldResolver"/> (or a <see cref="SubscriptionResolver"/> for streams)
/// that reads its parameters from the context and unwraps Task/ValueTask results.
/// </summary>
internal sealed class ResolverCompiler(InputValueConverter converter)
{
    private static readonly PropertyInfo SourceProperty = typeof(IResolveFieldContext).GetProperty(nameof(IResolveFieldContext.Source))!;
    private static readonly PropertyInfo CancellationProperty = typeof(IResolveFieldContext).GetProperty(nameof(IResolveFieldContext.CancellationToken))!;

    /// <summary>Reads a property of the parent value (non-root types).</summary>
    public static SourceFieldResolver CompileProperty(PropertyInfo property, string typeName)
    {
        var source = Expression.Parameter(typeof(object), "source");
        var read = Expression.Property(Instance(source, property.DeclaringType!, typeName), property);
        return Expression.Lambda<SourceFieldResolver>(Boxed(read, property.PropertyType), source).Compile();
    }

    /// <summary>The value as an object: booleans and enum members in shared boxes (a read of them allocates nothing).</summary>
    private static Expression Boxed(Expression value, Type type) =>
        type == typeof(bool) ? Expression.Call(typeof(BoxCache).GetMethod(nameof(BoxCache.Boolean))!, value)
        : type.IsEnum ? Expression.Call(typeof(BoxCache).GetMethod(nameof(BoxCache.Enum))!.MakeGenericMethod(type), value)
        : Expression.Convert(value, typeof(object));

    /// <summary>Reads a property of a root type's instance (see <see cref="RootInstance{T}"/>).</summary>
    public static FieldResolver CompileRootProperty(PropertyInfo property, object rootInstance)
    {
        var context = Expression.Parameter(typeof(IResolveFieldContext), "context");
        var read = Expression.Property(RootInstanceOf(rootInstance, context), property);
        return Expression.Lambda<FieldResolver>(Result(read, property.PropertyType), context).Compile();
    }

    /// <summary>Calls a method; its result is the field value.</summary>
    public FieldResolver CompileMethod(MethodInfo method, IReadOnlyList<ParameterBinding> parameters, object? rootInstance, string typeName)
    {
        var context = Expression.Parameter(typeof(IResolveFieldContext), "context");
        var call = Call(method, parameters, rootInstance, typeName, context);
        return Expression.Lambda<FieldResolver>(Result(call, method.ReturnType), context).Compile();
    }

    /// <summary>Calls a method returning <see cref="IAsyncEnumerable{T}"/> (possibly awaited first): the subscription's event stream.</summary>
    public SubscriptionResolver CompileSubscription(MethodInfo method, Type itemType, IReadOnlyList<ParameterBinding> parameters, object? rootInstance, string typeName)
    {
        var context = Expression.Parameter(typeof(IResolveFieldContext), "context");
        var call = Call(method, parameters, rootInstance, typeName, context);
        var returnType = method.ReturnType;
        var adapter = returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? nameof(ResolverResults.FromStreamTask)
            : returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)
                ? nameof(ResolverResults.FromStreamValueTask)
                : nameof(ResolverResults.FromStream);
        var stream = typeof(IAsyncEnumerable<>).MakeGenericType(itemType);
        var adapt = typeof(ResolverResults).GetMethod(adapter)!.MakeGenericMethod(itemType);
        var argument = adapter == nameof(ResolverResults.FromStream) ? Expression.Convert(call, stream) : (Expression)call;
        return Expression.Lambda<SubscriptionResolver>(Expression.Call(adapt, argument), context).Compile();
    }

    private MethodCallExpression Call(MethodInfo method, IReadOnlyList<ParameterBinding> parameters, object? rootInstance, string typeName, ParameterExpression context)
    {
        var arguments = parameters.Select(binding => Parameter(binding, context, typeName)).ToList();
        if (method.IsStatic)
        {
            return Expression.Call(method, arguments);
        }

        var instance = rootInstance is null
            ? Instance(Expression.Property(context, SourceProperty), method.DeclaringType!, typeName)
            : RootInstanceOf(rootInstance, context);
        return Expression.Call(instance, method, arguments);
    }

    private Expression Parameter(ParameterBinding binding, ParameterExpression context, string typeName)
    {
        var type = binding.Parameter.ParameterType;
        return binding.Source switch
        {
            ParameterSource.Context => context,
            ParameterSource.CancellationToken => Expression.Property(context, CancellationProperty),
            ParameterSource.Service => Expression.Call(
                typeof(ResolverParameters).GetMethod(nameof(ResolverParameters.Service))!.MakeGenericMethod(type),
                context,
                Expression.Constant(binding.Optional)),
            ParameterSource.Parent => Instance(Expression.Property(context, SourceProperty), type, typeName),
            _ => Expression.Call(
                typeof(ResolverParameters).GetMethod(nameof(ResolverParameters.Argument))!.MakeGenericMethod(type),
                context,
                Expression.Constant(binding.ArgumentName),
                Expression.Constant(converter.For(type)),
                binding.Fallback is null ? Expression.Default(type) : Expression.Constant(binding.Fallback, type)),
        };
    }

    private static MethodCallExpression Instance(Expression source, Type type, string typeName) =>
        Expression.Call(typeof(ResolverParameters).GetMethod(nameof(ResolverParameters.Source))!.MakeGenericMethod(type), source, Expression.Constant(typeName));

    private static MethodCallExpression RootInstanceOf(object rootInstance, ParameterExpression context) =>
        Expression.Call(Expression.Constant(rootInstance), rootInstance.GetType().GetMethod("Get")!, context);

    private static Expression Result(Expression value, Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return Expression.Call(typeof(ResolverResults).GetMethod(nameof(ResolverResults.FromTask))!.MakeGenericMethod(type.GetGenericArguments()[0]), value);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return Expression.Call(typeof(ResolverResults).GetMethod(nameof(ResolverResults.FromValueTask))!.MakeGenericMethod(type.GetGenericArguments()[0]), value);
        }

        return Expression.Call(typeof(ResolverResults).GetMethod(nameof(ResolverResults.FromValue))!, Expression.Convert(value, typeof(object)));
    }
}
