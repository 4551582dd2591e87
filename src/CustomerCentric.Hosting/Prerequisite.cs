namespace CustomerCentric.Hosting;

/// <summary>Finds the programs the launchers run, or says which apt package is missing.</summary>
internal static class Prerequisite
{
    public static string File(string path, string aptPackage, string purpose) =>
        System.IO.File.Exists(path) ? path : throw new MissingPrerequisiteException(path, aptPackage, purpose);

    /// <summary>The command from PATH (or the first existing fallback path).</summary>
    public static string Command(string name, string aptPackage, string purpose, params string[] fallbacks)
    {
        var searchPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        var found = searchPath.Select(directory => Path.Combine(directory, name)).Concat(fallbacks).FirstOrDefault(System.IO.File.Exists);
        return found ?? throw new MissingPrerequisiteException(name, aptPackage, purpose);
    }

    public static bool RunningAsRoot => Environment.IsPrivilegedProcess;
}
