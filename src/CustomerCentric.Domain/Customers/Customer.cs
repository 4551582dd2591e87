using System.Text.RegularExpressions;

namespace CustomerCentric.Domain.Customers;

/// <summary>A person the company serves; their interactions and complaints form the timeline.</summary>
public sealed partial class Customer
{
    private Customer()
    {
        Name = Email = PreferredLanguage = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string Email { get; private set; }
    public string? Phone { get; private set; }

    /// <summary>A BCP-47 tag such as "de" or "en-GB".</summary>
    public string PreferredLanguage { get; private set; }

    public Channel PreferredChannel { get; private set; }
    public CustomerSegment Segment { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Customer Register(
        string name, string email, string? phone, string preferredLanguage,
        Channel preferredChannel, CustomerSegment segment, DateTimeOffset at)
    {
        var customer = new Customer { Id = Guid.CreateVersion7(at), CreatedAt = at };
        customer.Apply(name, email, phone, preferredLanguage, preferredChannel, segment, at);
        return customer;
    }

    public void Update(
        string name, string email, string? phone, string preferredLanguage,
        Channel preferredChannel, CustomerSegment segment, DateTimeOffset at)
    {
        if (at < UpdatedAt)
            throw new DomainException($"Customer update at {at:O} is earlier than the last update at {UpdatedAt:O}.");
        Apply(name, email, phone, preferredLanguage, preferredChannel, segment, at);
    }

    private void Apply(
        string name, string email, string? phone, string preferredLanguage,
        Channel preferredChannel, CustomerSegment segment, DateTimeOffset at)
    {
        var language = Require.Text(preferredLanguage, "Preferred language", 35);
        if (!LanguageTag().IsMatch(language))
            throw new DomainException($"Preferred language '{language}' is not a BCP-47 tag such as 'de' or 'en-GB'.");

        Name = Require.Text(name, "Customer name");
        Email = Require.Email(email, "Customer e-mail");
        Phone = Require.OptionalText(phone, "Phone", 40);
        PreferredLanguage = language;
        PreferredChannel = Require.Defined(preferredChannel, "Preferred channel");
        Segment = Require.Defined(segment, "Segment");
        UpdatedAt = at;
    }

    // Language, optional script/region/variants: enough to reject free text without a full BCP-47 registry.
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
