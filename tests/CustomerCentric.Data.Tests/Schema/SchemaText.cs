using System.Text.RegularExpressions;

namespace CustomerCentric.Data.Tests.Schema;

/// <summary>The one spelling of each schema definition that both readers produce, so equal means equal.</summary>
public static partial class SchemaText
{
    public static string Column(string storeType, bool nullable)
        => $"{storeType.Trim().ToLowerInvariant()} {(nullable ? "NULL" : "NOT NULL")}";

    public static string Columns(IEnumerable<string> columns) => "(" + string.Join(", ", columns) + ")";

    public static string Key(string name, IEnumerable<string> columns) => $"{name} {Columns(columns)}";

    public static string ForeignKey(IEnumerable<string> columns, string principalTable, IEnumerable<string> principalColumns, string onDelete)
        => $"{Columns(columns)} REFERENCES {principalTable} {Columns(principalColumns)} ON DELETE {onDelete}";

    public static string Index(bool unique, IEnumerable<string> columns, string? filter)
        => (unique ? "UNIQUE " : "") + Columns(columns) + (filter is null ? "" : " WHERE " + Filter(filter));

    /// <summary>
    /// PostgreSQL stores a partial index's predicate re-printed: parenthesised, identifiers unquoted, and a varchar
    /// compared with a literal cast to text on both sides. The model keeps the text it was given. Parentheses, quotes,
    /// those casts and spacing are therefore not compared; everything else (names, operators, literals) is.
    /// </summary>
    public static string Filter(string filter)
    {
        var text = TextCast().Replace(filter, "").Replace("(", " ").Replace(")", " ").Replace("\"", "");
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"::text\b")]
    private static partial Regex TextCast();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
