using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CustomerCentric.Admin.Identity.Migrations;

/// <summary>
/// The Identity store's tables, written by hand (the EF design tools cannot run here); the admin's tests compare the
/// migrated database with the model of <see cref="AdminIdentityDbContext"/>.
/// </summary>
[DbContext(typeof(AdminIdentityDbContext))]
[Migration("20261201000001_AdminIdentity")]
public sealed class AdminIdentity : Migration
{
    private const string Name = "character varying(256)";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "admin_roles",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                name = table.Column<string>(type: Name, maxLength: 256, nullable: true),
                normalized_name = table.Column<string>(type: Name, maxLength: 256, nullable: true),
                concurrency_stamp = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_admin_roles", x => x.id));

        migrationBuilder.CreateTable(
            name: "admin_users",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                user_name = table.Column<string>(type: Name, maxLength: 256, nullable: true),
                normalized_user_name = table.Column<string>(type: Name, maxLength: 256, nullable: true),
                email = table.Column<string>(type: Name, maxLength: 256, nullable: true),
                normalized_email = table.Column<string>(type: Name, maxLength: 256, nullable: true),
                email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                password_hash = table.Column<string>(type: "text", nullable: true),
                security_stamp = table.Column<string>(type: "text", nullable: true),
                concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                phone_number = table.Column<string>(type: "text", nullable: true),
                phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                access_failed_count = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_admin_users", x => x.id));

        migrationBuilder.CreateTable(
            name: "admin_role_claims",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                role_id = table.Column<Guid>(type: "uuid", nullable: false),
                claim_type = table.Column<string>(type: "text", nullable: true),
                claim_value = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_admin_role_claims", x => x.id);
                table.ForeignKey("fk_admin_role_claims_admin_roles_role_id", x => x.role_id, "admin_roles", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "admin_user_claims",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                user_id = table.Column<Guid>(type: "uuid", nullable: false),
                claim_type = table.Column<string>(type: "text", nullable: true),
                claim_value = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_admin_user_claims", x => x.id);
                table.ForeignKey("fk_admin_user_claims_admin_users_user_id", x => x.user_id, "admin_users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "admin_user_logins",
            columns: table => new
            {
                login_provider = table.Column<string>(type: "text", nullable: false),
                provider_key = table.Column<string>(type: "text", nullable: false),
                provider_display_name = table.Column<string>(type: "text", nullable: true),
                user_id = table.Column<Guid>(type: "uuid", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_admin_user_logins", x => new { x.login_provider, x.provider_key });
                table.ForeignKey("fk_admin_user_logins_admin_users_user_id", x => x.user_id, "admin_users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "admin_user_roles",
            columns: table => new
            {
                user_id = table.Column<Guid>(type: "uuid", nullable: false),
                role_id = table.Column<Guid>(type: "uuid", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_admin_user_roles", x => new { x.user_id, x.role_id });
                table.ForeignKey("fk_admin_user_roles_admin_roles_role_id", x => x.role_id, "admin_roles", "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_admin_user_roles_admin_users_user_id", x => x.user_id, "admin_users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "admin_user_tokens",
            columns: table => new
            {
                user_id = table.Column<Guid>(type: "uuid", nullable: false),
                login_provider = table.Column<string>(type: "text", nullable: false),
                name = table.Column<string>(type: "text", nullable: false),
                value = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_admin_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                table.ForeignKey("fk_admin_user_tokens_admin_users_user_id", x => x.user_id, "admin_users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("role_name_index", "admin_roles", "normalized_name", unique: true);
        migrationBuilder.CreateIndex("email_index", "admin_users", "normalized_email");
        migrationBuilder.CreateIndex("user_name_index", "admin_users", "normalized_user_name", unique: true);
        migrationBuilder.CreateIndex("ix_admin_role_claims_role_id", "admin_role_claims", "role_id");
        migrationBuilder.CreateIndex("ix_admin_user_claims_user_id", "admin_user_claims", "user_id");
        migrationBuilder.CreateIndex("ix_admin_user_logins_user_id", "admin_user_logins", "user_id");
        migrationBuilder.CreateIndex("ix_admin_user_roles_role_id", "admin_user_roles", "role_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "admin_role_claims", "admin_user_claims", "admin_user_logins", "admin_user_roles", "admin_user_tokens", "admin_roles", "admin_users" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
