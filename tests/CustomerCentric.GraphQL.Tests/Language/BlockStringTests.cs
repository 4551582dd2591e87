using CustomerCentric.GraphQL.Language;

namespace CustomerCentric.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   \n\t\n", "")]
    [InlineData("  first line stays indented", "  first line stays indented")]
    [InlineData("\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("first\n  second\r\n    third\rfourth", "first\n  second\n    third\nfourth")]
    [InlineData("\n\n   \n  text\n   \n\n", "text")]
    [InlineData("x\n    a\n  b", "x\n  a\nb")]
    [InlineData("\n\t\ttabs\n\t\t\tmore", "tabs\n\tmore")]
    public void Dedents_as_the_spec_BlockStringValue(string raw, string value)
    {
        Assert.Equal(value, BlockString.DedentBlockStringValue(raw));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("one line", "\"\"\"one line\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    public void Prints_values_that_read_back_the_same(string value, string printed)
    {
        Assert.Equal(printed, BlockString.Print(value));
        Assert.Equal(value, ((CustomerCentric.GraphQL.Language.Ast.StringValueNode)Parser.ParseValue(printed)).Value);
    }

    [Theory]
    [InlineData("plain", true)]
    [InlineData("", true)]
    [InlineData("\nleading blank line", false)]
    [InlineData("trailing blank line\n", false)]
    [InlineData("a\r\nb", false)]
    [InlineData("bell\u0007", false)]
    [InlineData("  common\n  indent", false)]
    [InlineData("no common\n  indent", true)]
    public void Knows_which_values_are_printable_as_block_strings(string value, bool printable)
    {
        Assert.Equal(printable, BlockString.IsPrintableAsBlockString(value));
    }
}
