using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.DataLoader;

/// <summary>How resolvers reach the request's loaders: <c>context.DataLoader&lt;CustomerByIdLoader&gt;().LoadAsync(id)</c>.</summary>
public static class DataLoaderContextExtensions
{
    private static readonly ConcurrentDictionary<Type, Func<DataLoaderScope, object>> Factories = new();

    /// <summary>
    /// The request's loader of type <typeparamref name="TLoader"/>, created on first use: its public constructor gets the
    /// <see cref="DataLoaderScope"/> and any other parameters from the request's services.
    /// </summary>
    public static TLoader DataLoader<TLoader>(this IResolveFieldContext context)
        where TLoader : class =>
        Scope(context).GetOrAdd(typeof(TLoader), scope => (TLoader)Factories.GetOrAdd(typeof(TLoader), CreateFactory)(scope));

    /// <summary>A request-wide batch loader known by name, for fetches written inline in a resolver.</summary>
    public static BatchDataLoader<TKey, TValue> BatchDataLoader<TKey, TValue>(
        this IResolveFieldContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        Scope(context).GetOrAdd(name, scope => new BatchDataLoader<TKey, TValue>(scope, fetch));

    public static GroupedDataLoader<TKey, TValue> GroupedDataLoader<TKey, TValue>(
        this IResolveFieldContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull =>
        Scope(context).GetOrAdd(name, scope => new GroupedDataLoader<TKey, TValue>(scope, fetch));

    public static CacheDataLoader<TKey, TValue> CacheDataLoader<TKey, TValue>(
        this IResolveFieldContext context,
        string name,
        Func<TKey, CancellationToken, Task<TValue?>> fetch)
        where TKey : notnull =>
        Scope(context).GetOrAdd(name, scope => new CacheDataLoader<TKey, TValue>(scope, fetch));

    private static DataLoaderScope Scope(IResolveFieldContext context) => DataLoaderScope.For(context.Items, context.RequestServices);

    private static Func<DataLoaderScope, object> CreateFactory(Type loaderType)
    {
        var constructor = loaderType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"The data loader {loaderType.Name} has no public constructor.");
        var scope = Expression.Parameter(typeof(DataLoaderScope), "scope");
        var arguments = constructor.GetParameters().Select(parameter => parameter.ParameterType == typeof(DataLoaderScope)
            ? (Expression)scope
            : Expression.Call(
                typeof(DataLoaderContextExtensions).GetMethod(nameof(Service), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(parameter.ParameterType),
                scope,
                Expression.Constant(loaderType.Name)));
        return Expression.Lambda<Func<DataLoaderScope, object>>(Expression.New(constructor, arguments), scope).Compile();
    }

    private static T Service<T>(DataLoaderScope scope, string loaderName) =>
        scope.Services?.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"The data loader {loaderName} needs {typeof(T).Name}, which the request's services do not provide.");
}
