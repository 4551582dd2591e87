using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Owners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCentric.Data.Configurations;

public sealed class ComplaintHistoryEntryConfiguration : IEntityTypeConfiguration<ComplaintHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ComplaintHistoryEntry> builder)
    {
        builder.ToTable("complaint_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Actor).HasMaxLength(200);
        builder.Property(h => h.Text).HasMaxLength(4000);

        builder.HasOne<TouchpointOwner>().WithMany().HasForeignKey(h => h.OwnerId).OnDelete(DeleteBehavior.Restrict);

        // A complaint's history is always read in order. Also serves the foreign key on complaint_id.
        builder.HasIndex(h => new { h.ComplaintId, h.At });
    }
}
