using System.Text;

namespace Berth.Dockerfile.BuildContext;

/// <summary>
/// Lexical cleaning of slash-separated paths with the rules of Go's <c>path.Clean</c>, which Docker applies to
/// every .dockerignore pattern: so that "./a//b/../c/" and "a/c" are the same pattern, as they are for docker.
/// </summary>
public static class SlashPath
{
    public static string Clean(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0) return ".";
        var rooted = path[0] == '/';
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
                else if (!rooted) parts.Add("..");
                continue;
            }
            parts.Add(part);
        }
        var joined = string.Join('/', parts);
        if (rooted) return "/" + joined;
        return joined.Length == 0 ? "." : joined;
    }

    /// <summary>The parent folder of a cleaned relative path ("." for a top-level entry), like Go's <c>path.Dir</c>.</summary>
    public static string Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "." : Clean(path[..slash]);
    }

    /// <summary>Joins with '/', used by callers turning OS paths into context-relative names.</summary>
    public static string Join(string left, string right) =>
        left.Length == 0 || left == "." ? right : new StringBuilder(left).Append('/').Append(right).ToString();
}
