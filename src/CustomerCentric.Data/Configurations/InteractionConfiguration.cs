using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Interactions;
using CustomerCentric.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCentric.Data.Configurations;

public sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.ToTable("interactions");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Summary).HasMaxLength(2000);

        // A customer's interactions belong to their timeline and go with them.
        builder.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(i => i.TouchpointId).OnDelete(DeleteBehavior.Restrict);

        // The timeline query: one customer's interactions, newest first. Also serves the foreign key on customer_id.
        builder.HasIndex(i => new { i.CustomerId, i.OccurredAt });
    }
}
