using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Interactions;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Data.Seeding;

/// <summary>The fixed, hand-written part of the seed data: who answers for what, and the words customers use.</summary>
internal static class SeedCatalog
{
    public const string Domain = "northwind-living.example";

    public sealed record OwnerSeed(string Key, string Name, string Team, string DeputyKey);

    public sealed record TouchpointSeed(string Key, string Name, string Description, Channel Channel, JourneyPhase Phase, string? DefaultOwnerKey);

    public static readonly (string Name, string Team) Chief = ("Helena Brandt", "Customer Experience Board");

    public static readonly OwnerSeed[] Owners =
    [
        new("ecommerce", "Lukas Meyer", "E-commerce", DeputyKey: "mobile"),
        new("mobile", "Sofia Rossi", "Mobile Apps", DeputyKey: "ecommerce"),
        new("service", "Jan Novak", "Customer Service", DeputyKey: "keyaccounts"),
        new("logistics", "Amira Haddad", "Logistics", DeputyKey: "finance"),
        new("finance", "Thomas Berg", "Finance & Billing", DeputyKey: "logistics"),
        new("retail", "Elena Petrova", "Retail Stores", DeputyKey: "service"),
        new("field", "Mateo García", "Field Service", DeputyKey: "logistics"),
        new("keyaccounts", "Priya Nair", "Key Account Management", DeputyKey: "service"),
    ];

    // The newsletter has no default owner on purpose: its unmatched complaints show the fallback to the CTO.
    public static readonly TouchpointSeed[] Touchpoints =
    [
        new("shop", "Online shop", "Product pages, basket and checkout on the web", Channel.Web, JourneyPhase.Purchase, "ecommerce"),
        new("app", "Mobile app", "iOS and Android app: orders, tracking, smart-home control", Channel.App, JourneyPhase.Usage, "mobile"),
        new("hotline", "Customer hotline", "Phone support, Mon-Sat 8-20", Channel.Hotline, JourneyPhase.AfterSales, "service"),
        new("chat", "Live chat", "Chat on the website and in the app", Channel.Chat, JourneyPhase.AfterSales, "service"),
        new("email", "E-mail support", "support@ mailbox and contact form", Channel.Email, JourneyPhase.AfterSales, "service"),
        new("delivery", "Parcel delivery", "Home delivery by our carrier partners", Channel.Delivery, JourneyPhase.Purchase, "logistics"),
        new("invoice", "Invoice and payment", "Invoices, direct debit, instalments", Channel.Invoice, JourneyPhase.AfterSales, "finance"),
        new("store", "Flagship store", "Showroom and shop in the city centre", Channel.Store, JourneyPhase.Purchase, "retail"),
        new("technician", "Installation service", "Technicians who install and repair at home", Channel.FieldService, JourneyPhase.Usage, "field"),
        new("social", "Social media", "Instagram, Facebook and X accounts", Channel.Social, JourneyPhase.Awareness, "service"),
        new("newsletter", "Newsletter", "Monthly offers by e-mail", Channel.Email, JourneyPhase.Awareness, null),
        new("returns", "Returns and refunds", "Online returns portal and refund handling", Channel.Web, JourneyPhase.AfterSales, "ecommerce"),
    ];

    public static readonly string[] FirstNames =
    [
        "Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannah", "Ivan", "Julia", "Karim", "Lena", "Marco", "Nina",
        "Oskar", "Paula", "Quentin", "Rosa", "Samir", "Tanja", "Uwe", "Vera", "Wiebke", "Xaver", "Yusuf", "Zoe", "Aylin",
        "Bruno", "Chloé", "Dmitri", "Elif", "Finn",
    ];

    public static readonly string[] LastNames =
    [
        "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz",
        "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Kaya", "Yilmaz",
        "Dubois", "Martin", "Jansen", "de Vries", "Kowalski", "Nowak", "O'Brien", "Silva",
    ];

    public static readonly string[] Languages = ["de", "de", "de", "en-GB", "en", "fr", "nl", "pl", "tr"];

    public static readonly string[] BusinessSuffixes = ["GmbH", "KG", "AG", "& Co.", "Facility Services", "Hotels"];

    /// <summary>What happened, by touchpoint key: (summary, sentiment) pairs to pick interactions from.</summary>
    public static readonly Dictionary<string, (string Summary, Sentiment Sentiment)[]> Experiences = new()
    {
        ["shop"] = [("Ordered a sofa; checkout was quick", Sentiment.Positive), ("Voucher code was rejected at checkout", Sentiment.Negative), ("Compared three lamps with the size guide", Sentiment.Neutral)],
        ["app"] = [("Tracked the order in the app", Sentiment.Positive), ("App logged out during payment", Sentiment.VeryNegative), ("Set up the smart thermostat via the app", Sentiment.VeryPositive)],
        ["hotline"] = [("Waited 25 minutes in the hotline queue", Sentiment.Negative), ("Agent solved the warranty question at once", Sentiment.VeryPositive)],
        ["chat"] = [("Chat bot handed over to an agent quickly", Sentiment.Positive), ("Chat closed without an answer", Sentiment.Negative)],
        ["email"] = [("Answer to the e-mail came after four days", Sentiment.Negative), ("Received the assembly manual by e-mail", Sentiment.Neutral)],
        ["delivery"] = [("Parcel arrived a day early", Sentiment.VeryPositive), ("Delivery slot missed, no notice", Sentiment.VeryNegative), ("Driver carried the wardrobe upstairs", Sentiment.Positive)],
        ["invoice"] = [("Invoice arrived as PDF, clear and correct", Sentiment.Neutral), ("Direct debit taken twice", Sentiment.VeryNegative)],
        ["store"] = [("Friendly advice on kitchen fronts in the store", Sentiment.VeryPositive), ("Nobody at the information desk", Sentiment.Negative)],
        ["technician"] = [("Technician installed the heat pump on time", Sentiment.Positive), ("Technician did not show up", Sentiment.VeryNegative)],
        ["social"] = [("Liked the spring collection post", Sentiment.Positive), ("Public question on Instagram stayed unanswered", Sentiment.Negative)],
        ["newsletter"] = [("Opened the newsletter and used the 10% code", Sentiment.Positive), ("Newsletter kept coming after unsubscribing", Sentiment.Negative)],
        ["returns"] = [("Printed the return label in two minutes", Sentiment.Positive), ("Refund still missing after three weeks", Sentiment.VeryNegative)],
    };

    /// <summary>What customers complain about: touchpoint key, category, typical severity and the text.</summary>
    public static readonly (string Touchpoint, ComplaintCategory Category, Severity Severity, string Text)[] ComplaintTemplates =
    [
        ("delivery", ComplaintCategory.DeliveryDelay, Severity.Medium, "My parcel was due on Tuesday and the tracking has not moved for five days."),
        ("delivery", ComplaintCategory.DeliveryDelay, Severity.High, "The courier marked the wardrobe as delivered but nothing arrived. I took a day off for this."),
        ("delivery", ComplaintCategory.ProductDefect, Severity.Medium, "The glass table top arrived cracked; the parcel box was crushed on one side."),
        ("invoice", ComplaintCategory.Billing, Severity.High, "I was charged twice for order 4711. Please refund the second payment."),
        ("invoice", ComplaintCategory.Billing, Severity.Low, "The invoice shows my old address although I changed it in my account."),
        ("returns", ComplaintCategory.Billing, Severity.Medium, "I returned the chairs a month ago and still have no refund."),
        ("returns", ComplaintCategory.Other, Severity.Low, "The returns portal does not accept my order number."),
        ("shop", ComplaintCategory.ProductDefect, Severity.Medium, "The lamp I ordered online flickers from the first day."),
        ("shop", ComplaintCategory.ServiceOutage, Severity.High, "Checkout fails with an error page every time I try to pay by card."),
        ("app", ComplaintCategory.ProductDefect, Severity.High, "The app crashes whenever I open my orders since the last update."),
        ("app", ComplaintCategory.ServiceOutage, Severity.Critical, "The app cannot reach my thermostat at all; the heating is stuck on eco mode."),
        ("app", ComplaintCategory.DataPrivacy, Severity.High, "The app showed me another customer's order history and address."),
        ("hotline", ComplaintCategory.StaffBehaviour, Severity.Medium, "The agent on the hotline was rude and hung up on me."),
        ("hotline", ComplaintCategory.Other, Severity.Low, "I waited 40 minutes in the queue and nobody answered."),
        ("chat", ComplaintCategory.StaffBehaviour, Severity.Low, "The chat agent copied the same answer three times without reading my question."),
        ("email", ComplaintCategory.Other, Severity.Low, "Nobody has answered my e-mail from two weeks ago."),
        ("email", ComplaintCategory.DataPrivacy, Severity.High, "I asked for my data to be deleted (GDPR) and still receive personalised e-mails."),
        ("store", ComplaintCategory.StaffBehaviour, Severity.Medium, "A salesperson in the store was condescending when I asked about financing."),
        ("store", ComplaintCategory.ProductDefect, Severity.Low, "The display model I bought in the store has a scratch nobody mentioned."),
        ("technician", ComplaintCategory.ServiceOutage, Severity.Critical, "The heat pump stopped working two days after installation; we have no heating."),
        ("technician", ComplaintCategory.StaffBehaviour, Severity.Medium, "The technician left without cleaning up and was unfriendly."),
        ("social", ComplaintCategory.Other, Severity.Low, "My question on Instagram was deleted instead of answered."),
        ("newsletter", ComplaintCategory.DataPrivacy, Severity.Medium, "I unsubscribed from the newsletter twice and still receive it."),
        ("newsletter", ComplaintCategory.Other, Severity.Low, "The discount code in the newsletter did not work."),
    ];

    public static readonly string[] Resolutions =
    [
        "Refund issued and confirmed by e-mail.",
        "Replacement sent with express delivery.",
        "Technician visited again and fixed the fault.",
        "Apologised by phone and credited a goodwill voucher.",
        "Corrected the account data and re-sent the invoice.",
    ];
}
