namespace CustomerCentric.Domain.Routing;

/// <summary>One or more rules cannot be saved, published or compiled; <see cref="Errors"/> lists every problem.</summary>
public sealed class InvalidRoutingRuleException(IReadOnlyList<RuleValidationError> errors)
    : DomainException(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<RuleValidationError> Errors { get; } = errors;
}
