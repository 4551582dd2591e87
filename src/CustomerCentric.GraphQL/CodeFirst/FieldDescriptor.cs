using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

internal sealed class FieldDescriptor(FieldConfig config) : IFieldDescriptor
{
    public IFieldDescriptor Name(string name) => Set(() => config.Name = name);

    public IFieldDescriptor Description(string description) => Set(() => config.Description = description);

    public IFieldDescriptor Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason) => Set(() => config.DeprecationReason = reason);

    public IFieldDescriptor Type<TClr>() => Set(() => config.Type = TypeReference.FromClr(typeof(TClr)));

    public IFieldDescriptor Type(string sdlType) => Set(() => config.Type = TypeReference.FromSdl(sdlType));

    public IFieldDescriptor Type(GraphQLType type) => Set(() => config.Type = TypeReference.FromSchema(type));

    public IFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var argument = config.Arguments.FirstOrDefault(a => a.Name == name);
        if (argument is null)
        {
            argument = new ArgumentConfig(NameAssertion.AssertName(name));
            config.Arguments.Add(argument);
        }

        configure(new ArgumentDescriptor(argument));
        return this;
    }

    public IFieldDescriptor Resolve(FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Set(() => config.Resolver = resolver);
    }

    public IFieldDescriptor Resolve(Func<IResolveFieldContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Set(() => config.Resolver = context => new ValueTask<object?>(resolver(context)));
    }

    public IFieldDescriptor Resolve<TResult>(Func<IResolveFieldContext, Task<TResult>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Set(() => config.Resolver = context => ResolverResults.FromTask(resolver(context)));
    }

    public IFieldDescriptor Metadata(string key, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Set(() => config.Metadata[key] = value);
    }

    public IFieldDescriptor Ignore() => Set(() => config.Ignored = true);

    private FieldDescriptor Set(Action change)
    {
        change();
        return this;
    }
}
