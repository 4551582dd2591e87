using CustomerCentric.Data.Provider;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CustomerCentric.Data.Migrations;

/// <summary>
/// Outbox rows a dispatcher may claim at once are announced by the database as they are inserted (see
/// <c>PostgreSqlProvider.CreateOutboxAnnouncement</c>), no longer by a NOTIFY the context sent after saving.
/// </summary>
[DbContext(typeof(CustomerCentricDbContext))]
[Migration("20261204000001_OutboxAnnouncedOnInsert")]
public sealed class OutboxAnnouncedOnInsert : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(PostgreSqlProvider.CreateOutboxAnnouncement);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(PostgreSqlProvider.DropOutboxAnnouncement);
}
