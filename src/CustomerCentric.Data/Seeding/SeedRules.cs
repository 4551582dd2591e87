using CustomerCentric.Domain.Routing;

namespace CustomerCentric.Data.Seeding;

/// <summary>The first published rule set: ten rules a customer-experience team would plausibly write, in priority order.</summary>
internal static class SeedRules
{
    public static IReadOnlyList<RoutingRule> Create(Func<string, Guid> owner, Func<string, Guid> touchpoint, Guid chief)
    {
        static RuleCondition If(ConditionKind kind, params string[] values) => RuleCondition.Of(kind, values);

        // Ids are fixed so that the seed's rules keep their identity across local databases.
        return
        [
            new(Id(1), "Data privacy goes to the board", true, ConditionMatch.All,
                [If(ConditionKind.Category, "DataPrivacy")], chief),
            new(Id(2), "Severe key-account complaints", true, ConditionMatch.All,
                [If(ConditionKind.CustomerSegment, "KeyAccount"), If(ConditionKind.MinimumSeverity, "High")], owner("keyaccounts")),
            new(Id(3), "Outages during use to field service", true, ConditionMatch.All,
                [If(ConditionKind.Category, "ServiceOutage"), If(ConditionKind.JourneyPhase, "Usage"), If(ConditionKind.Channel, "FieldService")], owner("field")),
            new(Id(4), "Money matters to finance", true, ConditionMatch.Any,
                [If(ConditionKind.Category, "Billing"), If(ConditionKind.TextContains, "charged twice", "refund", "invoice")], owner("finance")),
            new(Id(5), "Late and lost parcels to logistics", true, ConditionMatch.Any,
                [If(ConditionKind.Category, "DeliveryDelay"), If(ConditionKind.TextContains, "parcel", "courier", "tracking")], owner("logistics")),
            new(Id(6), "App defects and outages to mobile", true, ConditionMatch.All,
                [If(ConditionKind.Channel, "App"), If(ConditionKind.Category, "ProductDefect", "ServiceOutage")], owner("mobile")),
            new(Id(7), "Staff behaviour in the store", true, ConditionMatch.All,
                [If(ConditionKind.Channel, "Store"), If(ConditionKind.Category, "StaffBehaviour")], owner("retail")),
            new(Id(8), "Staff behaviour in remote service", true, ConditionMatch.All,
                [If(ConditionKind.Channel, "Hotline", "Chat", "Email", "FieldService"), If(ConditionKind.Category, "StaffBehaviour")], owner("service")),
            new(Id(9), "Web shop and returns problems to e-commerce", true, ConditionMatch.All,
                [If(ConditionKind.Touchpoint, touchpoint("shop").ToString(), touchpoint("returns").ToString())], owner("ecommerce")),
            // Kept for reference but switched off: business customers now go through the default owners.
            new(Id(10), "Critical business complaints (paused)", false, ConditionMatch.All,
                [If(ConditionKind.CustomerSegment, "Business"), If(ConditionKind.MinimumSeverity, "Critical")], owner("keyaccounts")),
        ];
    }

    private static Guid Id(int number) => Guid.Parse($"5eed0000-0000-7000-8000-{number:D12}");
}
