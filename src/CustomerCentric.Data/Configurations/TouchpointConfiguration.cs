using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCentric.Data.Configurations;

public sealed class TouchpointConfiguration : IEntityTypeConfiguration<Touchpoint>
{
    public void Configure(EntityTypeBuilder<Touchpoint> builder)
    {
        builder.ToTable("touchpoints");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Description).HasMaxLength(2000);

        builder.HasOne<TouchpointOwner>().WithMany().HasForeignKey(t => t.DefaultOwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
