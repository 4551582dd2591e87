using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// The object a root type's resolvers run on: the operation's root value when it is a <typeparamref name="T"/>, else the request's
/// service of that type (so roots can take constructor dependencies), else one instance created on first use and shared.
/// </summary>
internal sealed class RootInstance<T>(Func<T>? create, string typeName)
    where T : class
{
    private T? _shared;

    public T Get(IResolveFieldContext context)
    {
        if (context.Source is T root)
        {
            return root;
        }

        if (context.RequestServices?.GetService(typeof(T)) is T service)
        {
            return service;
        }

        if (create is null)
        {
            throw new GraphQLError(
                $"The root type \"{typeName}\" ({ClrTypeShape.Display(typeof(T))}) is not a request service and has no public parameterless constructor.");
        }

        return LazyInitializer.EnsureInitialized(ref _shared, create);
    }
}
