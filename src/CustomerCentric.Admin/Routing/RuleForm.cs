using System.ComponentModel.DataAnnotations;
using CustomerCentric.Domain.Routing;

namespace CustomerCentric.Admin.Routing;

/// <summary>
/// A rule as the editor's form holds it: name, target, all/any, and a list of conditions that can be added and removed,
/// several of one kind included, so every rule the domain allows comes back unchanged from <see cref="From"/> and <see cref="ToRule"/>.
/// </summary>
public sealed class RuleForm
{
    [Required(ErrorMessage = "Give the rule a name that says what it catches.")]
    [StringLength(200, ErrorMessage = "The name is at most 200 characters.")]
    public string Name { get; set; } = string.Empty;

    public bool Enabled { get; set; } = true;

    public ConditionMatch Match { get; set; } = ConditionMatch.All;

    [Required(ErrorMessage = "Choose the owner who gets the complaints this rule catches.")]
    [Display(Name = "Target owner")]
    public Guid? TargetOwnerId { get; set; }

    public List<ConditionForm> Conditions { get; set; } = [];

    public RoutingRule ToRule(Guid id) =>
        new(id, Name.Trim(), Enabled, Match, Conditions.Select(c => c.ToCondition()).ToList(), TargetOwnerId ?? Guid.Empty);

    public static RuleForm From(RoutingRule rule) => new()
    {
        Name = rule.Name,
        Enabled = rule.Enabled,
        Match = rule.Match,
        TargetOwnerId = rule.TargetOwnerId,
        Conditions = rule.Conditions.Select(ConditionForm.From).ToList(),
    };
}
