namespace CustomerCentric.Admin.Pages.Routing;

/// <summary>A group of checkboxes, one per enum value, posted as a list under <see cref="Name"/>.</summary>
public sealed record EnumChoices(string Name, string Label, IReadOnlyList<string> Values, IEnumerable<string> Selected)
{
    public IReadOnlySet<string> SelectedSet { get; } = Selected.ToHashSet();
}
