namespace CustomerCentric.GraphQL.Types;

/// <summary>Where a directive may appear (spec 3.13 DirectiveLocations). <see cref="DirectiveLocations"/> converts to and from the SDL names.</summary>
public enum DirectiveLocation
{
    // Executable directive locations.
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // Type system directive locations.
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}
