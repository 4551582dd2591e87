using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>What compiled resolvers call to fill a method's parameters; generic, so no reflection and no boxing beyond the argument map.</summary>
internal static class ResolverParameters
{
    public static T Argument<T>(IResolveFieldContext context, string name, Func<object?, object?> convert, T fallback)
    {
        if (!context.Arguments.TryGetValue(name, out var value))
        {
            return fallback;
        }

        return convert(value) is T converted ? converted : default!;
    }

    public static T Service<T>(IResolveFieldContext context, bool optional)
    {
        if (context.RequestServices?.GetService(typeof(T)) is T service)
        {
            return service;
        }

        return optional
            ? default!
            : throw new GraphQLError(
                $"The resolver of \"{context.ParentType.Name}.{context.FieldDefinition.Name}\" needs the service {ClrTypeShape.Display(typeof(T))}, which the request's services do not provide.");
    }

    public static T Source<T>(object? source, string typeName) => source is T typed
        ? typed
        : throw new GraphQLError(
            $"Expected a {ClrTypeShape.Display(typeof(T))} as the value of type \"{typeName}\" but got {(source is null ? "null" : ClrTypeShape.Display(source.GetType()))}.");
}
