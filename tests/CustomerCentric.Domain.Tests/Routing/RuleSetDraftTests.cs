using CustomerCentric.Domain.Routing;
using static CustomerCentric.Domain.Tests.Routing.TestRules;

namespace CustomerCentric.Domain.Tests.Routing;

public sealed class RuleSetDraftTests
{
    private static readonly Guid Owner = Guid.Parse("b0000000-0000-0000-0000-000000000001");
    private static readonly DateTimeOffset Later = At.AddMinutes(5);

    private static RoutingRule Rule(string name) => All(name, Owner, When(ConditionKind.Channel, "Web"));

    private static (RuleSetDraft Draft, RoutingRule A, RoutingRule B, RoutingRule C) DraftWithThree()
    {
        var draft = RuleSetDraft.CreateEmpty("alice", At);
        var (a, b, c) = (Rule("a"), Rule("b"), Rule("c"));
        draft.AddRule(a, "alice", At);
        draft.AddRule(b, "alice", At);
        draft.AddRule(c, "alice", At);
        return (draft, a, b, c);
    }

    private static string[] Names(RuleSetDraft draft) => draft.Rules.Select(r => r.Name).ToArray();

    [Fact]
    public void Add_appends_or_inserts_and_records_who_and_when()
    {
        var (draft, _, _, _) = DraftWithThree();
        draft.AddRule(Rule("first"), "bob", Later, index: 0);
        Assert.Equal(["first", "a", "b", "c"], Names(draft));
        Assert.Equal("bob", draft.UpdatedBy);
        Assert.Equal(Later, draft.UpdatedAt);
        Assert.Null(draft.BasedOnVersion);
    }

    [Fact]
    public void Add_refuses_invalid_rules_duplicate_ids_and_bad_positions()
    {
        var (draft, a, _, _) = DraftWithThree();
        Assert.Throws<InvalidRoutingRuleException>(() => draft.AddRule(All("empty", Owner), "bob", Later));
        Assert.Throws<DomainException>(() => draft.AddRule(a with { Name = "again" }, "bob", Later));
        Assert.Throws<DomainException>(() => draft.AddRule(Rule("far"), "bob", Later, index: 4));
        Assert.Throws<DomainException>(() => draft.AddRule(Rule("negative"), "bob", Later, index: -1));
        Assert.Equal(["a", "b", "c"], Names(draft));
        Assert.Equal("alice", draft.UpdatedBy);
    }

    [Fact]
    public void Update_replaces_in_place_and_refuses_unknown_or_invalid_rules()
    {
        var (draft, _, b, _) = DraftWithThree();
        draft.UpdateRule(b with { Name = "b2", Enabled = false }, "bob", Later);
        Assert.Equal(["a", "b2", "c"], Names(draft));
        Assert.False(draft.Rules[1].Enabled);
        Assert.Throws<DomainException>(() => draft.UpdateRule(Rule("stranger"), "bob", Later));
        Assert.Throws<InvalidRoutingRuleException>(() => draft.UpdateRule(b with { Conditions = [] }, "bob", Later));
    }

    [Fact]
    public void Remove_takes_the_rule_out_and_refuses_unknown_ids()
    {
        var (draft, a, _, _) = DraftWithThree();
        draft.RemoveRule(a.Id, "bob", Later);
        Assert.Equal(["b", "c"], Names(draft));
        Assert.Throws<DomainException>(() => draft.RemoveRule(a.Id, "bob", Later));
    }

    [Fact]
    public void Move_up_and_down_swap_neighbours_and_refuse_the_ends()
    {
        var (draft, a, b, c) = DraftWithThree();
        draft.MoveUp(c.Id, "bob", Later);
        Assert.Equal(["a", "c", "b"], Names(draft));
        draft.MoveDown(a.Id, "bob", Later);
        Assert.Equal(["c", "a", "b"], Names(draft));
        Assert.Equal("Rule 'c' is already first.", Assert.Throws<DomainException>(() => draft.MoveUp(c.Id, "bob", Later)).Message);
        Assert.Equal("Rule 'b' is already last.", Assert.Throws<DomainException>(() => draft.MoveDown(b.Id, "bob", Later)).Message);
        Assert.Throws<DomainException>(() => draft.MoveUp(Guid.NewGuid(), "bob", Later));
    }

    [Fact]
    public void Publish_freezes_an_independent_numbered_version_and_the_draft_continues_from_it()
    {
        var (draft, a, _, _) = DraftWithThree();
        var v1 = draft.Publish(1, "carol", Later, "first rules");

        Assert.Equal(1, v1.Version);
        Assert.Equal("carol", v1.PublishedBy);
        Assert.Equal(Later, v1.PublishedAt);
        Assert.Equal("first rules", v1.Note);
        Assert.NotEqual(Guid.Empty, v1.Id);
        Assert.Equal(1, draft.BasedOnVersion);

        draft.RemoveRule(a.Id, "carol", Later);
        Assert.Equal(["a", "b", "c"], v1.Rules.Select(r => r.Name));
        Assert.False(v1.Rules is List<RoutingRule>, "a published version must not hand out its mutable list");

        var v2 = draft.Publish(2, "carol", Later);
        Assert.Equal(2, v2.Version);
        Assert.Equal(["b", "c"], v2.Rules.Select(r => r.Name));
        Assert.Throws<DomainException>(() => draft.Publish(2, "carol", Later));
        Assert.Throws<DomainException>(() => RuleSetDraft.CreateEmpty("x", At).Publish(0, "x", At));
    }

    [Fact]
    public void Rollback_republishes_an_old_version_under_the_next_number()
    {
        var (draft, a, _, _) = DraftWithThree();
        var v1 = draft.Publish(1, "carol", At);
        draft.RemoveRule(a.Id, "carol", At);
        draft.Publish(2, "carol", At);

        var v3 = v1.Republish(3, "dave", Later);
        Assert.Equal(3, v3.Version);
        Assert.Equal(v1.Rules, v3.Rules);
        Assert.Equal("Rollback to version 1.", v3.Note);
        Assert.Throws<DomainException>(() => v1.Republish(1, "dave", Later));
    }

    [Fact]
    public void Starting_from_a_version_copies_its_rules_and_reset_discards_changes()
    {
        var (source, a, _, _) = DraftWithThree();
        var v1 = source.Publish(1, "carol", At);
        var draft = RuleSetDraft.StartFrom(v1, "dave", Later);
        Assert.Equal(1, draft.BasedOnVersion);
        Assert.Equal(["a", "b", "c"], Names(draft));
        draft.RemoveRule(a.Id, "dave", Later);
        draft.ResetTo(v1, "dave", Later);
        Assert.Equal(["a", "b", "c"], Names(draft));
    }

    [Fact]
    public void Edits_need_an_editor() =>
        Assert.Throws<DomainException>(() => RuleSetDraft.CreateEmpty("alice", At).AddRule(Rule("a"), " ", At));

    [Fact]
    public void Every_change_counts_up_the_version_editors_carry_and_a_refused_change_does_not()
    {
        var draft = RuleSetDraft.CreateEmpty("alice", At);
        var created = draft.Version;
        var a = Rule("a");

        draft.AddRule(a, "alice", Later);
        draft.AddRule(Rule("b"), "bob", Later);
        draft.MoveDown(a.Id, "bob", Later);
        Assert.Throws<DomainException>(() => draft.MoveDown(a.Id, "bob", Later));

        Assert.Equal(created + 3, draft.Version);
    }
}
