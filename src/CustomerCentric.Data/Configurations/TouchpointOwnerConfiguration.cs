using CustomerCentric.Domain.Owners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCentric.Data.Configurations;

public sealed class TouchpointOwnerConfiguration : IEntityTypeConfiguration<TouchpointOwner>
{
    public void Configure(EntityTypeBuilder<TouchpointOwner> builder)
    {
        builder.ToTable("touchpoint_owners");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.Property(o => o.Team).HasMaxLength(200);

        builder.HasIndex(o => o.Email).IsUnique();

        builder.HasOne<TouchpointOwner>().WithMany().HasForeignKey(o => o.DeputyId).OnDelete(DeleteBehavior.Restrict);

        // At most one active Chief Touchpoint Officer: the last escalation level must never be ambiguous. Appointing a
        // successor revokes the predecessor in the same SaveChanges; EF orders the two updates within one statement batch.
        builder.HasIndex(o => o.IsChiefTouchpointOfficer)
            .HasDatabaseName("ux_touchpoint_owners_single_active_cto")
            .IsUnique()
            .HasFilter("is_chief_touchpoint_officer AND is_active");
    }
}
