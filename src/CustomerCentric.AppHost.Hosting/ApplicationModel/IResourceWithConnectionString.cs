namespace CustomerCentric.AppHost.Hosting.ApplicationModel;

/// <summary>A resource services connect to; a reference gives them ConnectionStrings__&lt;name&gt;.</summary>
public interface IResourceWithConnectionString : IResource
{
    /// <summary>The connection string in the format of the server's usual client library (valid once started).</summary>
    string ConnectionString { get; }
}
