namespace Berth.Workspace.Files;

/// <summary>
/// Finds every Dockerfile under a folder, recursively, in a stable (ordinal) order so that output and
/// tests are deterministic. Skips dependency and version-control folders, which hold other people's files.
/// </summary>
public static class DockerfileFinder
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "node_modules", ".git", "bin", "obj" };

    public static IReadOnlyList<string> FindIn(string folder) => Find(folder, DockerfileNames.IsDockerfileName);

    /// <summary>Every Dockerfile and Berth manifest (berth.yaml, berth.yml, berth.json) under a folder: what `berth lint` checks.</summary>
    public static IReadOnlyList<string> FindLintableIn(string folder) =>
        Find(folder, name => DockerfileNames.IsDockerfileName(name) || Berth.Manifest.Syntax.ManifestFormats.IsManifestFileName(name));

    private static List<string> Find(string folder, Func<string, bool> wanted)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var found = new List<string>();
        Walk(new DirectoryInfo(folder), found, wanted);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Walk(DirectoryInfo folder, List<string> found, Func<string, bool> wanted)
    {
        foreach (var file in folder.EnumerateFiles())
        {
            if (wanted(file.Name)) found.Add(file.FullName);
        }
        foreach (var child in folder.EnumerateDirectories())
        {
            if (SkippedFolders.Contains(child.Name)) continue;
            // A symbolic link to a folder could lead back up the tree; a Dockerfile is never only reachable that way.
            if (child.LinkTarget is not null) continue;
            Walk(child, found, wanted);
        }
    }
}
