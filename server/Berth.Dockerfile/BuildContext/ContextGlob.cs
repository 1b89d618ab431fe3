namespace Berth.Dockerfile.BuildContext;

/// <summary>
/// The context paths a COPY/ADD wildcard source names, found the way BuildKit finds them: the cleaned pattern is
/// matched with Go's filepath.Match, so each wildcard stays within one path segment; literal segments are looked
/// up directly and only folders holding a wildcard segment are listed.
/// </summary>
public static class ContextGlob
{
    // A pattern such as */*/*/* over a huge tree is answered "unknown" rather than walked without end.
    private const int MaxPaths = 20_000;

    /// <summary>
    /// The matching paths ('/'-separated, relative to the root), or null when they can't be known: a folder that
    /// can't be listed, a malformed pattern, or too many paths.
    /// </summary>
    public static IReadOnlyList<string>? Matches(IBuildContext context, string pattern)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(pattern);
        if (GoPathMatch.IsMalformed(pattern)) return null;
        IReadOnlyList<string> current = ["."];
        foreach (var segment in pattern.Split('/'))
        {
            var next = new List<string>();
            foreach (var folder in current)
            {
                if (!GoPathMatch.HasMeta(segment))
                {
                    var path = SlashPath.Join(folder, segment);
                    if (context.Exists(path)) next.Add(path);
                    continue;
                }
                if (context.Entries(folder) is not { } entries) return null;
                foreach (var entry in entries)
                    if (GoPathMatch.Matches(segment, entry)) next.Add(SlashPath.Join(folder, entry));
                if (next.Count > MaxPaths) return null;
            }
            current = next;
            if (current.Count == 0) break;
        }
        return current;
    }
}
