using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Fluent configuration of one enum value; resolvers still see the C# member.</summary>
public interface IEnumValueDescriptor
{
    IEnumValueDescriptor Name(string name);

    IEnumValueDescriptor Description(string description);

    IEnumValueDescriptor Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason);

    IEnumValueDescriptor Ignore();
}
