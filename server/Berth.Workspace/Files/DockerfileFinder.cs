namespace Berth.Workspace.Files;

/// <summary>
/// Finds every Dockerfile under a folder, recursively, in a stable (ordinal) order so that output and
/// tests are deterministic. Skips dependency and version-control folders, which hold other people's files.
/// </summary>
public static class DockerfileFinder
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "node_modules", ".git", "bin", "obj" };

    public static IReadOnlyList<string> FindIn(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var found = new List<string>();
        Walk(new DirectoryInfo(folder), found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Walk(DirectoryInfo folder, List<string> found)
    {
        foreach (var file in folder.EnumerateFiles())
        {
            if (DockerfileNames.IsDockerfileName(file.Name)) found.Add(file.FullName);
        }
        foreach (var child in folder.EnumerateDirectories())
        {
            if (SkippedFolders.Contains(child.Name)) continue;
            // A symbolic link to a folder could lead back up the tree; a Dockerfile is never only reachable that way.
            if (child.LinkTarget is not null) continue;
            Walk(child, found);
        }
    }
}
