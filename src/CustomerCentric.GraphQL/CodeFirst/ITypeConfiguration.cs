namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Lets the builder find and run a fluent type (<see cref="ObjectType{T}"/>, <see cref="InputObjectType{T}"/>, ...) without knowing its T.</summary>
internal interface ITypeConfiguration
{
    TypeConfig Describe();
}
