namespace CustomerCentric.Data.Tests.Schema;

/// <summary>
/// One object of a database schema: <paramref name="Key"/> names it ("column complaints.status"),
/// <paramref name="Definition"/> says what it is ("character varying(32) NOT NULL"). Both sides of a schema comparison
/// are read into this shape, so that comparing them is comparing two sets.
/// </summary>
public sealed record SchemaObject(string Key, string Definition)
{
    public override string ToString() => $"{Key}: {Definition}";
}
