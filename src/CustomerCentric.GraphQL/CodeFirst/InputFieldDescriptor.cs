using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

internal sealed class InputFieldDescriptor(InputFieldConfig config) : IInputFieldDescriptor
{
    public IInputFieldDescriptor Name(string name) => Set(() => config.Name = NameAssertion.AssertName(name));

    public IInputFieldDescriptor Description(string description) => Set(() => config.Description = description);

    public IInputFieldDescriptor Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason) => Set(() => config.DeprecationReason = reason);

    public IInputFieldDescriptor Type<TClr>() => Set(() => config.Type = TypeReference.FromClr(typeof(TClr)));

    public IInputFieldDescriptor Type(string sdlType) => Set(() => config.Type = TypeReference.FromSdl(sdlType));

    public IInputFieldDescriptor Type(GraphQLType type) => Set(() => config.Type = TypeReference.FromSchema(type));

    public IInputFieldDescriptor DefaultValue(object? value) => Set(() =>
    {
        config.HasDefaultValue = true;
        config.DefaultValue = value;
    });

    public IInputFieldDescriptor Ignore() => Set(() => config.Ignored = true);

    private InputFieldDescriptor Set(Action change)
    {
        change();
        return this;
    }
}
