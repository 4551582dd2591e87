namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>What a <see cref="UnionType{T}"/>'s <c>Configure</c> recorded.</summary>
internal sealed class UnionTypeConfig(Type clrType) : TypeConfig(clrType);
