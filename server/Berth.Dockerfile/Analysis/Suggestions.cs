namespace Berth.Dockerfile.Analysis;

/// <summary>"Did you mean" for misspelt keywords, flags and names: the closest candidate within a small edit distance.</summary>
public static class Suggestions
{
    public static string? Closest(string word, IEnumerable<string> candidates, bool ignoreCase = true)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, word.Length / 3);
        foreach (var candidate in candidates)
        {
            var distance = Distance(ignoreCase ? word.ToUpperInvariant() : word, ignoreCase ? candidate.ToUpperInvariant() : candidate);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    public static string DidYouMean(string? suggestion) => suggestion is null ? "" : $" Did you mean '{suggestion}'?";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
