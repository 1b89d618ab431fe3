namespace Berth.Workspace.Configuration;

/// <summary>
/// Finds the .hadolint.yaml that hadolint itself would use, so that existing projects keep their settings:
/// the working folder first, then the user's configuration folders, the first that exists wins
/// (hadolint's documented order; ".yml" accepted wherever ".yaml" is).
/// </summary>
public static class HadolintConfigLocator
{
    /// <summary>The places looked at, in order. <paramref name="home"/> and <paramref name="xdgConfigHome"/> may be null or empty.</summary>
    public static IReadOnlyList<string> Candidates(string workingDirectory, string? xdgConfigHome, string? home)
    {
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var candidates = new List<string>();
        void Add(string folder, string name)
        {
            candidates.Add(Path.Combine(folder, name + ".yaml"));
            candidates.Add(Path.Combine(folder, name + ".yml"));
        }
        Add(workingDirectory, ".hadolint");
        if (!string.IsNullOrEmpty(xdgConfigHome)) Add(xdgConfigHome, "hadolint");
        if (!string.IsNullOrEmpty(home))
        {
            Add(Path.Combine(home, ".config"), "hadolint");
            Add(Path.Combine(home, ".hadolint"), "hadolint");
            Add(Path.Combine(home, "hadolint"), "config");
            Add(home, ".hadolint");
        }
        return candidates;
    }

    /// <summary>The first candidate that exists, or null.</summary>
    public static string? Find(string workingDirectory, string? xdgConfigHome, string? home) =>
        Candidates(workingDirectory, xdgConfigHome, home).FirstOrDefault(File.Exists);

    /// <summary><see cref="Find(string, string?, string?)"/> with this process's environment.</summary>
    public static string? Find(string workingDirectory) =>
        Find(workingDirectory, Environment.GetEnvironmentVariable("XDG_CONFIG_HOME"), Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
}
