using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Fluent configuration of one argument.</summary>
public interface IArgumentDescriptor
{
    IArgumentDescriptor Type<TClr>();

    IArgumentDescriptor Type(string sdlType);

    IArgumentDescriptor Type(GraphQLType type);

    /// <summary>The default as an internal value (a C# enum member for an enum argument, a number for Int, ...).</summary>
    IArgumentDescriptor DefaultValue(object? value);

    IArgumentDescriptor Description(string description);
}
