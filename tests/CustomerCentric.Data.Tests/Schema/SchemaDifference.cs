namespace CustomerCentric.Data.Tests.Schema;

/// <summary>An object the model and the database disagree about; a null side means it is missing there.</summary>
public sealed record SchemaDifference(string Key, string? InModel, string? InDatabase)
{
    public override string ToString() => (InModel, InDatabase) switch
    {
        (not null, null) => $"missing in database:  {Key}: {InModel}",
        (null, not null) => $"not in the EF model:  {Key}: {InDatabase}",
        _ => $"differs:              {Key}\n    model:    {InModel}\n    database: {InDatabase}",
    };
}
