namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>The kinds of resolver method parameters: GraphQL arguments and the special ones that are not exposed.</summary>
internal enum ParameterSource
{
    Argument,
    Context,
    CancellationToken,
    Service,
    Parent,
}
