using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Validation;
using CustomerCentric.GraphQL.Validation.Rules;

namespace CustomerCentric.GraphQL.Tests.Validation;

// Expected errors: graphql-js 16.15 validate() with all specified rules on the same document.
public sealed class DocumentValidatorTests
{
    // Descriptions on variables must not be taken for values of the variable's type ("a count" is not an Int).
    private const string Document = """
        query Q("the customer" $id: ID, "a count" $first: Int, $unused: Int) {
          customer(id: $id) { nmae ...F segment { x } touchpoints(first: $first) { id } }
          echo(int: "x", nnList: [1])
        }
        fragment F on Customer { id: name touchpoints(first: $undefined) }
        """;

    [Fact]
    public void All_rules_report_in_one_walk_in_graphql_js_order()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(Document));

        Assert.Equal(
        [
            "Fields \"touchpoints\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 2:47 5:35",
            "Cannot query field \"nmae\" on type \"Customer\". Did you mean \"name\"? @ 2:23",
            "Field \"segment\" must not have a selection since type \"Segment\" has no subfields. @ 2:41",
            "Int cannot represent non-integer value: \"x\" @ 3:13",
            "Field \"echo\" argument \"nnInt\" of type \"Int!\" is required, but it was not provided. @ 3:3",
            "Variable \"$undefined\" is not defined by operation \"Q\". @ 5:54 1:1",
            "Variable \"$unused\" is never used in operation \"Q\". @ 1:56",
            "Variable \"$id\" of type \"ID\" used in position expecting type \"ID!\". @ 1:9 2:16",
            "Field \"touchpoints\" of type \"[Touchpoint]\" must have a selection of subfields. Did you mean \"touchpoints { ... }\"? @ 5:35",
        ],
        errors.Select(ValidationHarness.Describe));
    }

    [Fact]
    public void Validation_stops_after_the_error_limit()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(Document), maxErrors: 3);

        Assert.Equal(
        [
            "Fields \"touchpoints\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 2:47 5:35",
            "Cannot query field \"nmae\" on type \"Customer\". Did you mean \"name\"? @ 2:23",
            "Field \"segment\" must not have a selection since type \"Segment\" has no subfields. @ 2:41",
            "Too many validation errors, error limit reached. Validation aborted. @ ",
        ],
        errors.Select(ValidationHarness.Describe));
    }

    [Fact]
    public void A_valid_document_has_no_errors()
    {
        var document = Parser.Parse("""
            query Q($id: ID!, $first: Int = 5) { customer(id: $id) { ...F touchpoints(first: $first) { id name } } }
            fragment F on Customer { id name segment bestFriend { id } }
            """);

        Assert.Empty(DocumentValidator.Validate(ValidationHarness.Schema, document));
    }

    [Fact]
    public void Only_the_given_rules_run()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(Document), [NoUnusedVariablesRule.Rule]);

        Assert.Equal(["Variable \"$unused\" is never used in operation \"Q\". @ 1:56"], errors.Select(ValidationHarness.Describe));
    }

    [Fact]
    public void An_invalid_schema_is_refused()
    {
        var schema = new GraphQLSchema(new GraphQLSchemaConfig { Types = [SpecifiedScalars.Int] });

        var refused = Assert.Throws<GraphQLSchemaValidationException>(() => DocumentValidator.Validate(schema, Parser.Parse("{ a }")));
        Assert.Contains(refused.Errors, error => error.Message == "Query root type must be provided.");
    }

    [Fact]
    public void The_specified_rules_are_the_26_of_graphql_js_in_its_order()
    {
        Assert.Equal(26, SpecifiedRules.All.Count);
        Assert.Same(ExecutableDefinitionsRule.Rule, SpecifiedRules.All[0]);
        Assert.Same(OverlappingFieldsCanBeMergedRule.Rule, SpecifiedRules.All[24]);
        Assert.Same(UniqueInputFieldNamesRule.Rule, SpecifiedRules.All[25]);
    }
}
