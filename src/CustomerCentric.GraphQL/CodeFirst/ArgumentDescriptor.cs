using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

internal sealed class ArgumentDescriptor(ArgumentConfig config) : IArgumentDescriptor
{
    public IArgumentDescriptor Type<TClr>() => Set(() => config.Type = TypeReference.FromClr(typeof(TClr)));

    public IArgumentDescriptor Type(string sdlType) => Set(() => config.Type = TypeReference.FromSdl(sdlType));

    public IArgumentDescriptor Type(GraphQLType type) => Set(() => config.Type = TypeReference.FromSchema(type));

    public IArgumentDescriptor DefaultValue(object? value) => Set(() => config.SetDefault(value));

    public IArgumentDescriptor Description(string description) => Set(() => config.Description = description);

    private ArgumentDescriptor Set(Action change)
    {
        change();
        return this;
    }
}
