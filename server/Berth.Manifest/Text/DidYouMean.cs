namespace Berth.Manifest.Text;

/// <summary>
/// The closest known name to a misspelt one, for "did you mean" messages and quick fixes. Case differences
/// count as near; anything further than about a third of the word's length is not suggested.
/// </summary>
public static class DidYouMean
{
    public static string? Closest(string written, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(written);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, written, StringComparison.OrdinalIgnoreCase)) return candidate;
            var distance = Distance(written.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Very short words are too close to everything to suggest anything useful ("2" is one edit from "1").
        if (written.Length < 3) return null;
        var allowed = Math.Max(1, Math.Min(written.Length, best?.Length ?? 0) / 3);
        return best is not null && bestDistance <= allowed ? best : null;
    }

    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours cost one.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
