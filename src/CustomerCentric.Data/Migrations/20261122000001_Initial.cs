using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CustomerCentric.Data.Migrations;

/// <summary>
/// The first schema, written by hand (the EF design tools cannot run here). Its correctness against the EF model is
/// checked by the test that migrates a fresh database and compares it with <c>Model.GetRelationalModel()</c>.
/// </summary>
[DbContext(typeof(CustomerCentricDbContext))]
[Migration("20261122000001_Initial")]
public sealed class Initial : Migration
{
    private const string Enum = "character varying(32)";
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "customers",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                preferred_language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                preferred_channel = table.Column<string>(type: Enum, maxLength: 32, nullable: false),
                segment = table.Column<string>(type: Enum, maxLength: 32, nullable: false),
                created_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_customers", x => x.id));

        migrationBuilder.CreateTable(
            name: "touchpoint_owners",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                team = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                deputy_id = table.Column<Guid>(type: "uuid", nullable: true),
                is_active = table.Column<bool>(type: "boolean", nullable: false),
                is_chief_touchpoint_officer = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_touchpoint_owners", x => x.id);
                table.ForeignKey(
                    name: "fk_touchpoint_owners_touchpoint_owners_deputy_id",
                    column: x => x.deputy_id,
                    principalTable: "touchpoint_owners",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "touchpoints",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                channel = table.Column<string>(type: Enum, maxLength: 32, nullable: false),
                journey_phase = table.Column<string>(type: Enum, maxLength: 32, nullable: false),
                default_owner_id = table.Column<Guid>(type: "uuid", nullable: true),
                is_active = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_touchpoints", x => x.id);
                table.ForeignKey(
                    name: "fk_touchpoints_touchpoint_owners_default_owner_id",
                    column: x => x.default_owner_id,
                    principalTable: "touchpoint_owners",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "interactions",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                touchpoint_id = table.Column<Guid>(type: "uuid", nullable: false),
                occurred_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                sentiment = table.Column<string>(type: Enum, maxLength: 32, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_interactions", x => x.id);
                table.ForeignKey(
                    name: "fk_interactions_customers_customer_id",
                    column: x => x.customer_id,
                    principalTable: "customers",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "fk_interactions_touchpoints_touchpoint_id",
                    column: x => x.touchpoint_id,
                    principalTable: "touchpoints",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "complaints",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                touchpoint_id = table.Column<Guid>(type: "uuid", nullable: false),
                category = table.Column<string>(type: Enum, maxLength: 32, nullable: false),
                severity = table.Column<string>(type: Enum, maxLength: 32, nullable: false),
                text = table.Column<string>(type: "text", nullable: false),
                idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                status = table.Column<string>(type: Enum, maxLength: 32, nullable: false),
                escalation_level = table.Column<int>(type: "integer", nullable: false),
                assignee_id = table.Column<Guid>(type: "uuid", nullable: true),
                routing = table.Column<string>(type: "jsonb", nullable: true),
                submitted_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                routed_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                acknowledged_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                resolved_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                closed_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                acknowledge_by = table.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                resolve_by = table.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                version = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_complaints", x => x.id);
                table.ForeignKey(
                    name: "fk_complaints_customers_customer_id",
                    column: x => x.customer_id,
                    principalTable: "customers",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_complaints_touchpoints_touchpoint_id",
                    column: x => x.touchpoint_id,
                    principalTable: "touchpoints",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_complaints_touchpoint_owners_assignee_id",
                    column: x => x.assignee_id,
                    principalTable: "touchpoint_owners",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "complaint_history",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                complaint_id = table.Column<Guid>(type: "uuid", nullable: false),
                kind = table.Column<string>(type: Enum, maxLength: 32, nullable: false),
                from_status = table.Column<string>(type: Enum, maxLength: 32, nullable: true),
                to_status = table.Column<string>(type: Enum, maxLength: 32, nullable: true),
                at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                owner_id = table.Column<Guid>(type: "uuid", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_complaint_history", x => x.id);
                table.ForeignKey(
                    name: "fk_complaint_history_complaints_complaint_id",
                    column: x => x.complaint_id,
                    principalTable: "complaints",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "fk_complaint_history_touchpoint_owners_owner_id",
                    column: x => x.owner_id,
                    principalTable: "touchpoint_owners",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "rule_set_versions",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                version = table.Column<int>(type: "integer", nullable: false),
                published_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                rules = table.Column<string>(type: "jsonb", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_rule_set_versions", x => x.id));

        migrationBuilder.CreateTable(
            name: "rule_set_drafts",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                based_on_version = table.Column<int>(type: "integer", nullable: true),
                updated_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                rules = table.Column<string>(type: "jsonb", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_rule_set_drafts", x => x.id));

        migrationBuilder.CreateTable(
            name: "outbox_messages",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                message_type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                payload = table.Column<string>(type: "jsonb", nullable: false),
                headers = table.Column<string>(type: "jsonb", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                sent_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                attempts = table.Column<int>(type: "integer", nullable: false),
                last_error = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_outbox_messages", x => x.id));

        migrationBuilder.CreateIndex("ix_customers_email", "customers", "email");

        migrationBuilder.CreateIndex("ix_touchpoint_owners_email", "touchpoint_owners", "email", unique: true);
        migrationBuilder.CreateIndex("ix_touchpoint_owners_deputy_id", "touchpoint_owners", "deputy_id");
        migrationBuilder.CreateIndex(
            name: "ux_touchpoint_owners_single_active_cto",
            table: "touchpoint_owners",
            column: "is_chief_touchpoint_officer",
            unique: true,
            filter: "is_chief_touchpoint_officer AND is_active");

        migrationBuilder.CreateIndex("ix_touchpoints_default_owner_id", "touchpoints", "default_owner_id");

        migrationBuilder.CreateIndex("ix_interactions_customer_id_occurred_at", "interactions", ["customer_id", "occurred_at"]);
        migrationBuilder.CreateIndex("ix_interactions_touchpoint_id", "interactions", "touchpoint_id");

        migrationBuilder.CreateIndex("ix_complaints_idempotency_key", "complaints", "idempotency_key", unique: true);
        migrationBuilder.CreateIndex("ix_complaints_status_submitted_at", "complaints", ["status", "submitted_at"]);
        migrationBuilder.CreateIndex("ix_complaints_assignee_id_status", "complaints", ["assignee_id", "status"]);
        migrationBuilder.CreateIndex("ix_complaints_touchpoint_id_submitted_at", "complaints", ["touchpoint_id", "submitted_at"]);
        migrationBuilder.CreateIndex("ix_complaints_customer_id_submitted_at", "complaints", ["customer_id", "submitted_at"]);
        migrationBuilder.CreateIndex("ix_complaints_submitted_at", "complaints", "submitted_at");
        migrationBuilder.CreateIndex(
            name: "ix_complaints_unacknowledged_acknowledge_by",
            table: "complaints",
            column: "acknowledge_by",
            filter: "status = 'Routed'");

        migrationBuilder.CreateIndex("ix_complaint_history_complaint_id_at", "complaint_history", ["complaint_id", "at"]);
        migrationBuilder.CreateIndex("ix_complaint_history_owner_id", "complaint_history", "owner_id");

        migrationBuilder.CreateIndex("ix_rule_set_versions_version", "rule_set_versions", "version", unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_outbox_messages_unsent",
            table: "outbox_messages",
            column: "created_at",
            filter: "sent_at IS NULL");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // Children before parents, so that no foreign key is left pointing at a dropped table.
        migrationBuilder.DropTable("outbox_messages");
        migrationBuilder.DropTable("rule_set_drafts");
        migrationBuilder.DropTable("rule_set_versions");
        migrationBuilder.DropTable("complaint_history");
        migrationBuilder.DropTable("complaints");
        migrationBuilder.DropTable("interactions");
        migrationBuilder.DropTable("touchpoints");
        migrationBuilder.DropTable("touchpoint_owners");
        migrationBuilder.DropTable("customers");
    }
}
