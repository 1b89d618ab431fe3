namespace Berth.Workspace.ShellCheck;

/// <summary>Where the <c>shellcheck</c> program is: the configured path when one is given, otherwise the first on PATH.</summary>
public static class ShellCheckProgram
{
    public const string Name = "shellcheck";

    /// <summary>The program's full path, or null when it is not installed (or the configured path names no file).</summary>
    public static string? Find(string? configuredPath, string? pathVariable)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            var path = Environment.ExpandEnvironmentVariables(configuredPath.Trim());
            if (path.StartsWith("~/", StringComparison.Ordinal))
                path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..]);
            return File.Exists(path) ? Path.GetFullPath(path) : null;
        }
        if (string.IsNullOrEmpty(pathVariable)) return null;
        var names = OperatingSystem.IsWindows() ? new[] { Name + ".exe", Name } : [Name];
        foreach (var folder in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder.Trim('"'), name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
