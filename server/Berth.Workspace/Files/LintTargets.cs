namespace Berth.Workspace.Files;

/// <summary>
/// Turns the paths a user typed into the list of Dockerfiles to check: a file is taken as it is (whatever
/// its name, since the user named it), a folder contributes every Dockerfile under it.
/// </summary>
public static class LintTargets
{
    /// <summary>One file to check: the path to show the user, and the full path to read.</summary>
    public sealed record Target(string DisplayPath, string FullPath);

    public static IReadOnlyList<Target> Resolve(IEnumerable<string> paths, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var targets = new List<Target>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, currentDirectory);
            if (Directory.Exists(full))
            {
                var found = DockerfileFinder.FindLintableIn(full);
                if (found.Count == 0)
                {
                    throw new WorkspaceException(
                        $"{path}: no Dockerfile found in this folder (looked for Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile and berth.yaml/berth.json). Pass the file itself if it is named differently.");
                }
                foreach (var file in found)
                {
                    if (seen.Add(file)) targets.Add(new Target(Display(path, full, file), file));
                }
            }
            else if (File.Exists(full))
            {
                if (seen.Add(full)) targets.Add(new Target(path, full));
            }
            else
            {
                throw new WorkspaceException($"{path}: no such file or folder. Check the path.");
            }
        }
        return targets;
    }

    // Shows a found file relative to the folder the user named, prefixed with that folder as typed,
    // so that "berth lint examples/" prints "examples/app/Dockerfile" rather than an absolute path.
    private static string Display(string typed, string typedFull, string file)
    {
        var relative = Path.GetRelativePath(typedFull, file);
        return typed is "." or "./" ? relative : Path.Combine(typed, relative);
    }
}
