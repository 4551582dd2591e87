namespace CustomerCentric.AppHost.Hosting.ApplicationModel;

/// <summary>A link a person opens (the GraphQL IDE, the admin, the RabbitMQ management UI), with the sign-in it needs, if any.</summary>
public sealed record ResourceUrl(string Label, string Url, string? UserName = null, string? Password = null)
{
    public override string ToString() => UserName is null ? $"{Label}: {Url}" : $"{Label}: {Url}  (sign in: {UserName} / {Password})";
}
