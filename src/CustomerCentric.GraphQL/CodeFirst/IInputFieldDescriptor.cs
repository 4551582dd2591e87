using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Fluent configuration of one input field; the value still reaches the property it was made from.</summary>
public interface IInputFieldDescriptor
{
    IInputFieldDescriptor Name(string name);

    IInputFieldDescriptor Description(string description);

    IInputFieldDescriptor Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason);

    /// <summary>The GraphQL type of CLR type <typeparamref name="TClr"/> by the conventions; reference types are non-null.</summary>
    IInputFieldDescriptor Type<TClr>();

    /// <summary>The type as SDL (<c>"[ID!]"</c>), resolved by name when the schema is created.</summary>
    IInputFieldDescriptor Type(string sdlType);

    IInputFieldDescriptor Type(GraphQLType type);

    /// <summary>The default value, as the CLR value the property holds (an enum member, a number, a string, ...).</summary>
    IInputFieldDescriptor DefaultValue(object? value);

    IInputFieldDescriptor Ignore();
}
