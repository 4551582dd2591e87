using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CustomerCentric.Data.Migrations;

/// <summary>The draft's edit counter, its optimistic concurrency token (see <c>RuleSetDraft.Version</c>).</summary>
[DbContext(typeof(CustomerCentricDbContext))]
[Migration("20261202000001_RuleSetDraftVersion")]
public sealed class RuleSetDraftVersion : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<int>(name: "version", table: "rule_set_drafts", type: "integer", nullable: false, defaultValue: 0);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "version", table: "rule_set_drafts");
}
