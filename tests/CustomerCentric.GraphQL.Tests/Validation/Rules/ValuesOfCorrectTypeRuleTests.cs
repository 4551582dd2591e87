using CustomerCentric.GraphQL.Validation.Rules;
using static CustomerCentric.GraphQL.Tests.Validation.ValidationHarness;

namespace CustomerCentric.GraphQL.Tests.Validation.Rules;

// Expected errors: graphql-js 16.15 with only ValuesOfCorrectTypeRule, on these documents.
public sealed class ValuesOfCorrectTypeRuleTests
{
    [Fact]
    public void Correct_literals_are_valid() =>
        ExpectValid(
            ValuesOfCorrectTypeRule.Rule,
            """
            { echo(int: 1, nnInt: -2, float: 1, string: "s", boolean: true, id: 7, list: "one", nnList: [1, 2], severity: HIGH, instant: {any: [1]}, matrix: [[1], 2, null], filter: { customerId: "c", nested: { customerId: 1 } }) findByContact(contact: { email: "a@b" }) { id } }
            """);

    [Fact]
    public void Wrong_scalars() =>
        ExpectErrors(
            ValuesOfCorrectTypeRule.Rule,
            """
            { echo(int: "1", nnInt: 2147483648, float: true, string: 1, boolean: 0, id: 1.5, nnList: []) }
            """,
            "Int cannot represent non-integer value: \"1\" @ 1:13",
            "Int cannot represent non 32-bit signed integer value: 2147483648 @ 1:25",
            "Float cannot represent non numeric value: true @ 1:44",
            "String cannot represent a non string value: 1 @ 1:58",
            "Boolean cannot represent a non boolean value: 0 @ 1:70",
            "ID cannot represent a non-string and non-integer value: 1.5 @ 1:77");

    [Fact]
    public void Wrong_enums_and_nulls() =>
        ExpectErrors(
            ValuesOfCorrectTypeRule.Rule,
            """
            { echo(severity: "HIGH", nnInt: null, nnList: [null, 1]) a: echo(nnInt: 1, nnList: 1, severity: high) }
            """,
            "Enum \"Severity\" cannot represent non-enum value: \"HIGH\". Did you mean the enum value \"HIGH\"? @ 1:18",
            "Expected value of type \"Int!\", found null. @ 1:33",
            "Expected value of type \"Int!\", found null. @ 1:48",
            "Value \"high\" does not exist in \"Severity\" enum. Did you mean the enum value \"HIGH\"? @ 1:97");

    [Fact]
    public void Input_objects() =>
        ExpectErrors(
            ValuesOfCorrectTypeRule.Rule,
            """
            { echo(nnInt: 1, nnList: [], filter: { severity: LOW, txt: "a", nested: { text: "b" } }) b: echo(nnInt: 1, nnList: [], filter: 1, string: { a: 1 }, list: [["x"]]) }
            """,
            "Field \"ComplaintFilter.customerId\" of required type \"ID!\" was not provided. @ 1:38",
            "Field \"txt\" is not defined by type \"ComplaintFilter\". Did you mean \"text\"? @ 1:55",
            "Field \"ComplaintFilter.customerId\" of required type \"ID!\" was not provided. @ 1:73",
            "Expected value of type \"ComplaintFilter\", found 1. @ 1:128",
            "String cannot represent a non string value: {a: 1} @ 1:139",
            "String cannot represent a non string value: [\"x\"] @ 1:156");

    [Fact]
    public void OneOf_input_objects() =>
        ExpectErrors(
            ValuesOfCorrectTypeRule.Rule,
            """
            { a: findByContact(contact: { email: "a", phone: "b" }) { id } b: findByContact(contact: {}) { id } c: findByContact(contact: { phone: null }) { id } d: findByContacts(contacts: [{ email: "x" }, { email: null }]) { id } }
            """,
            "OneOf Input Object \"Contact\" must specify exactly one key. @ 1:29",
            "OneOf Input Object \"Contact\" must specify exactly one key. @ 1:90",
            "Field \"Contact.phone\" must be non-null. @ 1:127",
            "Field \"Contact.email\" must be non-null. @ 1:196");
}
