using CustomerCentric.Data.Json;
using CustomerCentric.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCentric.Data.Configurations;

public sealed class RuleSetVersionConfiguration : IEntityTypeConfiguration<RuleSetVersion>
{
    /// <summary>The private list behind <c>Rules</c> in the domain's rule set types; EF reads and writes it directly.</summary>
    internal const string RulesField = "_rules";

    public void Configure(EntityTypeBuilder<RuleSetVersion> builder)
    {
        builder.ToTable("rule_set_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.PublishedBy).HasMaxLength(200);
        builder.Property(v => v.Note).HasMaxLength(2000);

        // A version's rules are published, compiled and cached as a whole: one JSON document.
        builder.Ignore(v => v.Rules);
        builder.Property<List<RoutingRule>>(RulesField).HasColumnName("rules").HasJsonConversion();

        // Two admins publishing at once both compute "latest + 1"; the second must fail rather than fork the history.
        builder.HasIndex(v => v.Version).IsUnique();
    }
}
