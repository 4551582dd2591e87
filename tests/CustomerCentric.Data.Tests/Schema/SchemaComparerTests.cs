using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using CustomerCentric.Testing;

namespace CustomerCentric.Data.Tests.Schema;

/// <summary>The comparer itself, without a database: it must see every kind of disagreement it claims to catch.</summary>
public sealed class SchemaComparerTests
{
    private static IReadOnlyList<SchemaObject> ModelObjects()
    {
        // No connection is opened: building the model only needs the provider.
        using var db = new CustomerCentricDbContext(new DbContextOptionsBuilder<CustomerCentricDbContext>()
            .UseCustomerCentricDatabase("Host=127.0.0.1;Database=unused").Options);
        return ModelSchema.Read(db.GetService<IDesignTimeModel>().Model.GetRelationalModel());
    }

    [Fact]
    public void Identical_schemas_have_no_differences()
    {
        var model = ModelObjects();

        Assert.Empty(SchemaComparer.Compare(model, model.ToList()));
    }

    [Fact]
    public void The_model_schema_contains_the_promised_tables_and_indexes()
    {
        var keys = ModelObjects().Select(o => o.Key).ToHashSet();

        Assert.Subset(keys, new HashSet<string>
        {
            "table customers", "table touchpoints", "table touchpoint_owners", "table interactions", "table complaints",
            "table complaint_history", "table rule_set_versions", "table rule_set_drafts", "table outbox_messages",
            "index complaints.ix_complaints_idempotency_key", "index touchpoint_owners.ux_touchpoint_owners_single_active_cto",
            "index outbox_messages.ix_outbox_messages_unsent", "index rule_set_versions.ix_rule_set_versions_version",
            "index interactions.ix_interactions_customer_id_occurred_at",
        });
    }

    [Fact]
    public void A_column_whose_nullability_differs_is_reported_with_both_definitions()
    {
        var model = ModelObjects();
        var database = model.Select(o => o.Key == "column complaints.assignee_id" ? o with { Definition = "uuid NOT NULL" } : o).ToList();

        var difference = Assert.Single(SchemaComparer.Compare(model, database));

        Assert.Equal(new SchemaDifference("column complaints.assignee_id", "uuid NULL", "uuid NOT NULL"), difference);
        Assert.Contains("differs:", difference.ToString());
    }

    [Fact]
    public void An_index_missing_in_the_database_is_reported()
    {
        var model = ModelObjects();
        var database = model.Where(o => o.Key != "index complaints.ix_complaints_idempotency_key").ToList();

        var difference = Assert.Single(SchemaComparer.Compare(model, database));

        Assert.Equal("index complaints.ix_complaints_idempotency_key", difference.Key);
        Assert.Equal("UNIQUE (idempotency_key)", difference.InModel);
        Assert.Null(difference.InDatabase);
        Assert.StartsWith("missing in database:", difference.ToString());
    }

    [Fact]
    public void A_table_the_model_does_not_know_is_reported()
    {
        var model = ModelObjects();
        var database = model.Append(new SchemaObject("table stray", "exists")).ToList();

        var difference = Assert.Single(SchemaComparer.Compare(model, database));

        Assert.Equal(new SchemaDifference("table stray", null, "exists"), difference);
        Assert.StartsWith("not in the EF model:", difference.ToString());
    }

    [Fact]
    public void A_partial_index_that_lost_its_filter_or_uniqueness_is_reported()
    {
        var model = ModelObjects();
        var key = "index touchpoint_owners.ux_touchpoint_owners_single_active_cto";
        var database = model.Select(o => o.Key == key ? o with { Definition = "(is_chief_touchpoint_officer)" } : o).ToList();

        var difference = Assert.Single(SchemaComparer.Compare(model, database));

        Assert.Equal("UNIQUE (is_chief_touchpoint_officer) WHERE is_chief_touchpoint_officer AND is_active", difference.InModel);
    }

    [Fact]
    public void Filters_are_compared_without_the_parentheses_and_quotes_postgresql_adds()
    {
        Assert.Equal(SchemaText.Filter("\"sent_at\" IS NULL"), SchemaText.Filter("(sent_at IS NULL)"));
        Assert.Equal(SchemaText.Filter("status = 'Routed'"), SchemaText.Filter("(status)::text = 'Routed'::text"));
        Assert.NotEqual(SchemaText.Filter("sent_at IS NULL"), SchemaText.Filter("(sent_at IS NOT NULL)"));
        Assert.NotEqual(SchemaText.Filter("status = 'Routed'"), SchemaText.Filter("status = 'routed'"));
    }

    [Fact]
    public void The_report_lists_every_difference()
    {
        var differences = new[]
        {
            new SchemaDifference("table a", "exists", null),
            new SchemaDifference("column b.c", "text NULL", "text NOT NULL"),
        };

        var report = SchemaComparer.Describe(differences);

        Assert.Contains("2 difference(s)", report);
        Assert.Contains("missing in database:  table a", report);
        Assert.Contains("database: text NOT NULL", report);
    }
}
