using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only VariablesInAllowedPositionRule, on these documents.
public sealed class VariablesInAllowedPositionRuleTests
{
    [Fact]
    public void Matching_and_defaulted_variables_are_valid() =>
        ExpectValid(
            VariablesInAllowedPositionRule.Rule,
            """
            query Q($id: ID!, $n: Int = 3, $l: [Int!]!, $s: Severity, $w: Int) { customer(id: $id) { id } echo(nnInt: $n, nnList: $l, severity: $s, list: null) withDefault(limit: $w) }
            """);

    [Fact]
    public void Nullable_variable_in_non_null_position() =>
        ExpectErrors(
            VariablesInAllowedPositionRule.Rule,
            """
            query Q($id: ID, $n: Int = null, $l: [Int]) { customer(id: $id) { id } echo(nnInt: $n, nnList: $l) }
            """,
            "Variable \"$id\" of type \"ID\" used in position expecting type \"ID!\". @ 1:9 1:60",
            "Variable \"$n\" of type \"Int\" used in position expecting type \"Int!\". @ 1:18 1:84",
            "Variable \"$l\" of type \"[Int]\" used in position expecting type \"[Int!]!\". @ 1:34 1:96");

    [Fact]
    public void Wrong_type_through_fragment() =>
        ExpectErrors(
            VariablesInAllowedPositionRule.Rule,
            """
            query Q($s: String, $b: Boolean) { ...F }
            fragment F on Query { echo(int: $s, nnInt: 1, nnList: [], list: [$b]) __typename @skip(if: $b) }
            """,
            "Variable \"$s\" of type \"String\" used in position expecting type \"Int\". @ 1:9 2:33",
            "Variable \"$b\" of type \"Boolean\" used in position expecting type \"String\". @ 1:21 2:66",
            "Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\". @ 1:21 2:92");

    [Fact]
    public void OneOf_fields_need_non_null_variables() =>
        ExpectErrors(
            VariablesInAllowedPositionRule.Rule,
            """
            query Q($e: String, $p: String!) { a: lookup(contact: { email: $e }) { id } b: lookup(contact: { phone: $p }) { id } }
            """,
            "Variable \"$e\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"Contact\". @ 1:9 1:64");

    [Fact]
    public void OneOf_check_is_made_only_where_the_object_position_is_nullable() =>
        ExpectValid(
            VariablesInAllowedPositionRule.Rule,
            """
            query Q($e: String) { findByContacts(contacts: [{ email: $e }]) { id } }
            """);
}
