using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Tests.Language;

public sealed class VisitorTests
{
    private static readonly DocumentNode Document = Parser.Parse("query Q { a(x: 1) { b } ...F } fragment F on T { c }");

    [Fact]
    public void Walks_depth_first_in_graphql_js_order()
    {
        var log = new Log();

        Assert.True(AstWalker.Walk(Document, log));

        Assert.Equal(
            "enter Q, enter a, enter x, leave x, enter b, leave b, leave a, enter F, leave F, leave Q, enter F, enter c, leave c, leave F",
            string.Join(", ", log.Entries));
    }

    [Fact]
    public void Skip_omits_children_and_leave_break_stops()
    {
        var skip = new Log { SkipField = "a" };
        var stop = new Log { BreakField = "b" };

        AstWalker.Walk(Document, skip);
        var finished = AstWalker.Walk(Document, stop);

        Assert.Equal("enter Q, enter a, enter F, leave F, leave Q, enter F, enter c, leave c, leave F", string.Join(", ", skip.Entries));
        Assert.False(finished);
        Assert.Equal("enter Q, enter a, enter x, leave x, enter b", string.Join(", ", stop.Entries));
    }

    [Fact]
    public void Parallel_visitors_see_the_same_walk_with_their_own_skip_and_break()
    {
        var plain = new Log();
        var skip = new Log { SkipField = "a" };
        var stop = new Log { BreakField = "b" };
        var fieldsOnly = new FieldCounter();

        AstWalker.Walk(Document, new ParallelVisitor([plain, skip, stop, fieldsOnly]));

        var alone = new Log();
        AstWalker.Walk(Document, alone);
        Assert.Equal(alone.Entries, plain.Entries);
        Assert.Equal("enter Q, enter a, enter F, leave F, leave Q, enter F, enter c, leave c, leave F", string.Join(", ", skip.Entries));
        Assert.Equal("enter Q, enter a, enter x, leave x, enter b", string.Join(", ", stop.Entries));
        Assert.Equal(3, fieldsOnly.Count);
    }

    private sealed class Log : AstVisitor
    {
        public List<string> Entries { get; } = [];

        public string? SkipField { get; init; }

        public string? BreakField { get; init; }

        public override VisitAction Enter(OperationDefinitionNode node) => Add("enter " + node.Name!.Value);

        public override void Leave(OperationDefinitionNode node) => Add("leave " + node.Name!.Value);

        public override VisitAction Enter(FieldNode node)
        {
            Add("enter " + node.Name.Value);
            return node.Name.Value == SkipField ? VisitAction.Skip : node.Name.Value == BreakField ? VisitAction.Break : VisitAction.Continue;
        }

        public override void Leave(FieldNode node) => Add("leave " + node.Name.Value);

        public override VisitAction Enter(ArgumentNode node) => Add("enter " + node.Name.Value);

        public override void Leave(ArgumentNode node) => Add("leave " + node.Name.Value);

        public override VisitAction Enter(FragmentSpreadNode node) => Add("enter " + node.Name.Value);

        public override void Leave(FragmentSpreadNode node) => Add("leave " + node.Name.Value);

        public override VisitAction Enter(FragmentDefinitionNode node) => Add("enter " + node.Name.Value);

        public override void Leave(FragmentDefinitionNode node) => Add("leave " + node.Name.Value);

        private VisitAction Add(string entry)
        {
            Entries.Add(entry);
            return VisitAction.Continue;
        }
    }

    private sealed class FieldCounter : AstVisitor
    {
        public int Count { get; private set; }

        public override VisitAction Enter(FieldNode node)
        {
            Count++;
            return VisitAction.Continue;
        }
    }
}
