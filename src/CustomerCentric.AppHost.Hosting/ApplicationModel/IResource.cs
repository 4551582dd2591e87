namespace CustomerCentric.AppHost.Hosting.ApplicationModel;

/// <summary>Something the AppHost starts and watches: a server, a database, a .NET service.</summary>
public interface IResource
{
    /// <summary>Unique name; also the name of the connection string a referencing service receives.</summary>
    string Name { get; }
}
