using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CustomerCentric.Data.Tests.Schema;

/// <summary>The schema the EF model expects, from its relational model (what EF would create and query).</summary>
public static class ModelSchema
{
    public static IReadOnlyList<SchemaObject> Read(IRelationalModel model)
    {
        var objects = new List<SchemaObject>();
        foreach (var table in model.Tables)
        {
            var name = table.Name;
            objects.Add(new SchemaObject($"table {name}", "exists"));

            foreach (var column in table.Columns)
            {
                objects.Add(new SchemaObject(
                    $"column {name}.{column.Name}",
                    SchemaText.Column(column.StoreType, column.IsNullable)));
            }

            if (table.PrimaryKey is { } primaryKey)
            {
                objects.Add(new SchemaObject($"primary key {name}", SchemaText.Key(primaryKey.Name, primaryKey.Columns.Select(c => c.Name))));
            }

            foreach (var unique in table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()))
            {
                objects.Add(new SchemaObject($"unique constraint {name}.{unique.Name}", SchemaText.Columns(unique.Columns.Select(c => c.Name))));
            }

            foreach (var foreignKey in table.ForeignKeyConstraints)
            {
                objects.Add(new SchemaObject(
                    $"foreign key {name}.{foreignKey.Name}",
                    SchemaText.ForeignKey(
                        foreignKey.Columns.Select(c => c.Name),
                        foreignKey.PrincipalTable.Name,
                        foreignKey.PrincipalColumns.Select(c => c.Name),
                        OnDelete(foreignKey.OnDeleteAction))));
            }

            foreach (var index in table.Indexes)
            {
                objects.Add(new SchemaObject(
                    $"index {name}.{index.Name}",
                    SchemaText.Index(index.IsUnique, index.Columns.Select(c => c.Name), index.Filter)));
            }
        }

        return objects;
    }

    private static string OnDelete(ReferentialAction action) => action switch
    {
        ReferentialAction.NoAction => "NO ACTION",
        ReferentialAction.Restrict => "RESTRICT",
        ReferentialAction.Cascade => "CASCADE",
        ReferentialAction.SetNull => "SET NULL",
        ReferentialAction.SetDefault => "SET DEFAULT",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown referential action."),
    };
}
