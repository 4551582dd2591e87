using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CustomerCentric.Data.Migrations;

/// <summary>When a dispatcher may claim an outbox row (see <c>OutboxMessage.AvailableAt</c>); null, as for every existing row, means at once.</summary>
[DbContext(typeof(CustomerCentricDbContext))]
[Migration("20261203000001_OutboxAvailableAt")]
public sealed class OutboxAvailableAt : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTimeOffset>(name: "available_at", table: "outbox_messages", type: "timestamp with time zone", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "available_at", table: "outbox_messages");
}
