using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CustomerCentric.Data.Migrations;

/// <summary>The admin's audit log and the GraphQL clients' API keys (hashed), written by hand like the first migration.</summary>
[DbContext(typeof(CustomerCentricDbContext))]
[Migration("20261201000001_AuditAndApiKeys")]
public sealed class AuditAndApiKeys : Migration
{
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "audit_entries",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                entity_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                entity_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                before = table.Column<string>(type: "jsonb", nullable: true),
                after = table.Column<string>(type: "jsonb", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_audit_entries", x => x.id));

        migrationBuilder.CreateTable(
            name: "api_keys",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                created_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                revoked_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                revoked_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_api_keys", x => x.id));

        migrationBuilder.CreateIndex("ix_audit_entries_at", "audit_entries", "at");
        migrationBuilder.CreateIndex("ix_audit_entries_entity_type_entity_id", "audit_entries", ["entity_type", "entity_id"]);
        migrationBuilder.CreateIndex("ix_api_keys_hash", "api_keys", "hash", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("api_keys");
        migrationBuilder.DropTable("audit_entries");
    }
}
