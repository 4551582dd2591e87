namespace CustomerCentric.GraphQL.Tests.CodeFirst.Other;

/// <summary>A second CLR type named Customer, to collide with <see cref="ShopModel.Customer"/>.</summary>
public sealed record Customer(string Name);
