using CustomerCentric.Data.Json;
using CustomerCentric.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCentric.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.MessageType).HasMaxLength(OutboxMessage.MaxMessageTypeLength);
        builder.Property(m => m.Payload).IsJsonDocument();
        builder.Property(m => m.Headers).HasJsonConversion();

        // The dispatcher's query: the oldest unsent rows. Partial, so sent rows (the vast majority) cost nothing.
        builder.HasIndex(m => m.CreatedAt)
            .HasDatabaseName("ix_outbox_messages_unsent")
            .HasFilter("sent_at IS NULL");
    }
}
