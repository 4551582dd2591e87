using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only ProvidedRequiredArgumentsRule, on these documents.
public sealed class ProvidedRequiredArgumentsRuleTests
{
    [Fact]
    public void Required_arguments_given_or_defaulted_are_valid() =>
        ExpectValid(
            ProvidedRequiredArgumentsRule.Rule,
            """
            { customer(id: 1) { complaints { id } } withDefault echo(nnInt: 1, nnList: []) @cost(weight: 1) }
            """);

    [Fact]
    public void Missing_field_arguments() =>
        ExpectErrors(
            ProvidedRequiredArgumentsRule.Rule,
            """
            { customer { id } echo(int: 1) node(id: 1) { id } }
            """,
            "Field \"customer\" argument \"id\" of type \"ID!\" is required, but it was not provided. @ 1:3",
            "Field \"echo\" argument \"nnInt\" of type \"Int!\" is required, but it was not provided. @ 1:19",
            "Field \"echo\" argument \"nnList\" of type \"[Int!]!\" is required, but it was not provided. @ 1:19");

    [Fact]
    public void Missing_directive_arguments() =>
        ExpectErrors(
            ProvidedRequiredArgumentsRule.Rule,
            """
            { __typename @skip @cost }
            """,
            "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @ 1:14",
            "Directive \"@cost\" argument \"weight\" of type \"Int!\" is required, but it was not provided. @ 1:20");
}
