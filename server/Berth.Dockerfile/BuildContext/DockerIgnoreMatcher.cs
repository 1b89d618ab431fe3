namespace Berth.Dockerfile.BuildContext;

/// <summary>
/// Decides which context paths a list of .dockerignore patterns leaves out, with Docker's rules: patterns apply
/// in order and the last one that matches wins; a pattern matching a parent folder matches everything inside;
/// a folder that is excluded is still walked when an exception pattern could put something inside it back.
/// </summary>
public sealed class DockerIgnoreMatcher
{
    public DockerIgnoreMatcher(IReadOnlyList<DockerIgnorePattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        Patterns = patterns;
        HasExclusions = patterns.Any(p => p.IsExclusion);
    }

    public DockerIgnoreMatcher(DockerIgnoreFile file) : this(file?.Patterns ?? throw new ArgumentNullException(nameof(file)))
    {
    }

    public IReadOnlyList<DockerIgnorePattern> Patterns { get; }

    /// <summary>True when any pattern is an exception ("!..."), which forces walking into excluded folders.</summary>
    public bool HasExclusions { get; }

    /// <summary>True when <paramref name="path"/> (relative to the context, '/'-separated) is left out of the context.</summary>
    public bool IsExcluded(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = SlashPath.Clean(path.Replace('\\', '/'));
        if (file == ".") return false; // docker never lets the patterns exclude the whole context
        var parents = ParentPrefixes(file);
        var matched = false;
        foreach (var pattern in Patterns)
        {
            // An inclusion can't change an already-excluded path, nor an exception a path that is still in.
            if (pattern.IsExclusion != matched) continue;
            var match = pattern.Matches(file);
            if (!match)
            {
                foreach (var parent in parents)
                {
                    if (pattern.Matches(parent))
                    {
                        match = true;
                        break;
                    }
                }
            }
            if (match) matched = !pattern.IsExclusion;
        }
        return matched;
    }

    /// <summary>
    /// For an excluded folder: true when an exception pattern names something inside it, so the walk must still
    /// look in (docker's rule: the exception pattern starts with "folder/").
    /// </summary>
    public bool MustWalkExcludedFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!HasExclusions) return false;
        var prefix = SlashPath.Clean(folder) + "/";
        return Patterns.Any(p => p.IsExclusion && (p.Pattern + "/").StartsWith(prefix, StringComparison.Ordinal));
    }

    private static List<string> ParentPrefixes(string file)
    {
        var prefixes = new List<string>();
        for (var i = file.IndexOf('/'); i >= 0; i = file.IndexOf('/', i + 1)) prefixes.Add(file[..i]);
        return prefixes;
    }
}
