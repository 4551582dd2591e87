namespace CustomerCentric.Hosting;

/// <summary>A program a launcher needs is not installed; names the Debian package that brings it.</summary>
public sealed class MissingPrerequisiteException(string missingPath, string aptPackage, string purpose)
    : Exception($"{purpose} needs '{missingPath}', which does not exist. Install the apt package '{aptPackage}' " +
                $"(as root: apt-get install -y --no-install-recommends {aptPackage}).")
{
    public string MissingPath { get; } = missingPath;

    public string AptPackage { get; } = aptPackage;
}
