using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only FieldsOnCorrectTypeRule, on these documents.
public sealed class FieldsOnCorrectTypeRuleTests
{
    [Fact]
    public void Defined_fields_and_typename_are_valid() =>
        ExpectValid(
            FieldsOnCorrectTypeRule.Rule,
            """
            { __typename customer(id: 1) { __typename name } subjects { __typename } party { name } }
            """);

    [Fact]
    public void Misspelled_field_suggests_names() =>
        ExpectErrors(
            FieldsOnCorrectTypeRule.Rule,
            """
            { customer(id: 1) { nmae segmnt unknownThing } }
            """,
            "Cannot query field \"nmae\" on type \"Customer\". Did you mean \"name\"? @ 1:21",
            "Cannot query field \"segmnt\" on type \"Customer\". Did you mean \"segment\"? @ 1:26",
            "Cannot query field \"unknownThing\" on type \"Customer\". @ 1:33");

    [Fact]
    public void Field_of_a_possible_type_suggests_fragments() =>
        ExpectErrors(
            FieldsOnCorrectTypeRule.Rule,
            """
            { party { isChief segment } node(id: 1) { name channel } subjects { id name } }
            """,
            "Cannot query field \"isChief\" on type \"Party\". Did you mean to use an inline fragment on \"Owner\"? @ 1:11",
            "Cannot query field \"segment\" on type \"Party\". Did you mean to use an inline fragment on \"Customer\"? @ 1:19",
            "Cannot query field \"name\" on type \"Node\". Did you mean to use an inline fragment on \"Party\", \"Customer\", \"Owner\", or \"Touchpoint\"? @ 1:43",
            "Cannot query field \"channel\" on type \"Node\". Did you mean to use an inline fragment on \"Touchpoint\"? @ 1:48",
            "Cannot query field \"id\" on type \"Subject\". Did you mean to use an inline fragment on \"Node\", \"Party\", \"Customer\", or \"Touchpoint\"? @ 1:69",
            "Cannot query field \"name\" on type \"Subject\". Did you mean to use an inline fragment on \"Party\", \"Customer\", or \"Touchpoint\"? @ 1:72");

    [Fact]
    public void Alias_does_not_change_the_field() =>
        ExpectErrors(
            FieldsOnCorrectTypeRule.Rule,
            """
            { customer(id: 1) { id: identifier } }
            """,
            "Cannot query field \"identifier\" on type \"Customer\". @ 1:21");
}
