using CustomerCentric.Data.Json;
using CustomerCentric.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCentric.Data.Configurations;

public sealed class RuleSetDraftConfiguration : IEntityTypeConfiguration<RuleSetDraft>
{
    public void Configure(EntityTypeBuilder<RuleSetDraft> builder)
    {
        builder.ToTable("rule_set_drafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.UpdatedBy).HasMaxLength(200);

        // Two admins editing the draft: the save based on a stale read fails instead of overwriting the other's edit.
        builder.Property(d => d.Version).IsConcurrencyToken();

        builder.Ignore(d => d.Rules);
        builder.Property<List<RoutingRule>>(RuleSetVersionConfiguration.RulesField).HasColumnName("rules").HasJsonConversion();
    }
}
