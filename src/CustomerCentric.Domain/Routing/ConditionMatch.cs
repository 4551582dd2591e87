namespace CustomerCentric.Domain.Routing;

/// <summary>Whether a rule needs all of its conditions or any one of them.</summary>
public enum ConditionMatch
{
    All,
    Any,
}
