namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Lets the builder find and run an <see cref="ObjectType{T}"/> without knowing its T.</summary>
internal interface IObjectTypeConfiguration
{
    ObjectTypeConfig Describe();
}
