using CustomerCentric.Domain.Customers;

namespace CustomerCentric.Domain.Tests.Customers;

public sealed class CustomerTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Customer Register(string name = "Mia Meier", string email = "mia@example.com", string language = "de") =>
        Customer.Register(name, email, " +49 30 1234 ", language, Channel.Email, CustomerSegment.Business, At);

    [Fact]
    public void Register_keeps_trimmed_values_and_times()
    {
        var customer = Register(language: "en-GB");
        Assert.Equal(("Mia Meier", "mia@example.com", "+49 30 1234", "en-GB"), (customer.Name, customer.Email, customer.Phone, customer.PreferredLanguage));
        Assert.Equal((Channel.Email, CustomerSegment.Business), (customer.PreferredChannel, customer.Segment));
        Assert.Equal((At, At), (customer.CreatedAt, customer.UpdatedAt));
    }

    [Theory]
    [InlineData("", "mia@example.com", "de")]
    [InlineData("Mia", "mia", "de")]
    [InlineData("Mia", "mia@", "de")]
    [InlineData("Mia", "@example.com", "de")]
    [InlineData("Mia", "mia@example", "de")]
    [InlineData("Mia", "mia@@example.com", "de")]
    [InlineData("Mia", "mia meier@example.com", "de")]
    [InlineData("Mia", "mia@example.com", "German")]
    [InlineData("Mia", "mia@example.com", "d")]
    [InlineData("Mia", "mia@example.com", "en_GB")]
    public void Register_refuses_missing_names_malformed_emails_and_languages(string name, string email, string language) =>
        Assert.Throws<DomainException>(() => Register(name, email, language));

    [Fact]
    public void Register_refuses_unknown_enum_values()
    {
        Assert.Throws<DomainException>(() => Customer.Register("Mia", "mia@example.com", null, "de", (Channel)99, CustomerSegment.Private, At));
        Assert.Throws<DomainException>(() => Customer.Register("Mia", "mia@example.com", null, "de", Channel.Web, (CustomerSegment)99, At));
    }

    [Fact]
    public void Update_changes_values_and_refuses_going_back_in_time()
    {
        var customer = Register();
        customer.Update("Mia Schulz", "mia.schulz@example.com", null, "de-AT", Channel.App, CustomerSegment.KeyAccount, At.AddDays(1));
        Assert.Equal(("Mia Schulz", null, CustomerSegment.KeyAccount, At.AddDays(1), At), (customer.Name, customer.Phone, customer.Segment, customer.UpdatedAt, customer.CreatedAt));
        Assert.Throws<DomainException>(() => customer.Update("Mia", "mia@example.com", null, "de", Channel.Web, CustomerSegment.Private, At));
    }
}
