using CustomerCentric.Data.Json;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCentric.Data.Configurations;

public sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(100);

        // Every state-changing domain method increments Version; a save based on a stale read fails instead of
        // silently overwriting another worker's step.
        builder.Property(c => c.Version).IsConcurrencyToken();

        // The decision is read and written whole, with its explanation, so it is one JSON document.
        builder.Property(c => c.Routing).HasJsonConversion();

        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(c => c.TouchpointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TouchpointOwner>().WithMany().HasForeignKey(c => c.AssigneeId).OnDelete(DeleteBehavior.Restrict);

        // A repeated submission with the same key must find the first complaint, never create a second one.
        builder.HasIndex(c => c.IdempotencyKey).IsUnique();

        // The lists staff and clients page through, newest first.
        builder.HasIndex(c => new { c.Status, c.SubmittedAt });
        builder.HasIndex(c => new { c.AssigneeId, c.Status });
        builder.HasIndex(c => new { c.TouchpointId, c.SubmittedAt });
        builder.HasIndex(c => new { c.CustomerId, c.SubmittedAt });
        builder.HasIndex(c => c.SubmittedAt);

        // The SLA sweeper's query: unacknowledged complaints whose acknowledge deadline passed.
        builder.HasIndex(c => c.AcknowledgeBy)
            .HasDatabaseName("ix_complaints_unacknowledged_acknowledge_by")
            .HasFilter("status = 'Routed'");
    }
}
