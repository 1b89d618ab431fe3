using System.Text;

namespace Berth.Dockerfile.BuildContext;

/// <summary>
/// Go's <c>filepath.Match</c> on Linux, which BuildKit uses for COPY/ADD wildcard sources: '*' is any run of
/// characters except '/', '?' one character except '/', '[...]' a class ('^' negates, ranges with '-'), '\' escapes.
/// Characters are Unicode scalars, as Go's runes. A malformed pattern matches nothing (<see cref="IsMalformed"/>
/// tells it apart): the build would stop on it with its own error.
/// </summary>
public static class GoPathMatch
{
    /// <summary>True when <paramref name="name"/> matches <paramref name="pattern"/> in full.</summary>
    public static bool Matches(string pattern, string name)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(name);
        return TryMatch(pattern, name, out var matched) && matched;
    }

    /// <summary>True when the pattern is not one Go accepts (unclosed class, lone trailing '\', ...).</summary>
    public static bool IsMalformed(string pattern) => !TryMatch(pattern ?? throw new ArgumentNullException(nameof(pattern)), "", out _);

    public static bool HasMeta(string pattern) => pattern.AsSpan().IndexOfAny("*?[\\") >= 0;

    // Returns false for a malformed pattern. Walks the pattern chunk by chunk: a chunk is the text after a run of
    // stars; after a star the chunk may start at any later position of the name that doesn't skip a '/'.
    private static bool TryMatch(string pattern, string name, out bool matched)
    {
        matched = false;
        var p = pattern.AsSpan();
        var s = name.AsSpan();
        while (p.Length > 0)
        {
            var star = false;
            while (p.Length > 0 && p[0] == '*') { p = p[1..]; star = true; }
            var chunkLength = ChunkLength(p);
            var chunk = p[..chunkLength];
            p = p[chunkLength..];
            if (star && chunk.Length == 0)
            {
                matched = s.IndexOf('/') < 0;
                return true;
            }
            var result = MatchChunk(chunk, s, out var rest);
            if (result == ChunkResult.Malformed) return false;
            if (result == ChunkResult.Match && (rest.Length == 0 || p.Length > 0))
            {
                s = rest;
                continue;
            }
            var found = false;
            if (star)
            {
                for (var i = 0; i < s.Length && s[i] != '/'; i++)
                {
                    result = MatchChunk(chunk, s[(i + 1)..], out rest);
                    if (result == ChunkResult.Malformed) return false;
                    if (result != ChunkResult.Match || (p.Length == 0 && rest.Length > 0)) continue;
                    s = rest;
                    found = true;
                    break;
                }
            }
            if (found) continue;
            // No match; Go still reports a malformed remainder of the pattern as an error.
            return CheckRest(p);
        }
        matched = s.Length == 0;
        return true;
    }

    private static bool CheckRest(ReadOnlySpan<char> p)
    {
        while (p.Length > 0)
        {
            while (p.Length > 0 && p[0] == '*') p = p[1..];
            var length = ChunkLength(p);
            if (MatchChunk(p[..length], [], out _) == ChunkResult.Malformed) return false;
            p = p[length..];
        }
        return true;
    }

    private static int ChunkLength(ReadOnlySpan<char> p)
    {
        var inRange = false;
        for (var i = 0; i < p.Length; i++)
        {
            switch (p[i])
            {
                case '\\':
                    if (i + 1 < p.Length) i++;
                    break;
                case '[': inRange = true; break;
                case ']': inRange = false; break;
                case '*' when !inRange: return i;
            }
        }
        return p.Length;
    }

    private enum ChunkResult { Match, NoMatch, Malformed }

    // Matches one chunk at the start of s; on a mismatch keeps reading the chunk so a malformed one is still found.
    private static ChunkResult MatchChunk(ReadOnlySpan<char> chunk, ReadOnlySpan<char> s, out ReadOnlySpan<char> rest)
    {
        rest = default;
        var failed = false;
        while (chunk.Length > 0)
        {
            if (!failed && s.Length == 0) failed = true;
            switch (chunk[0])
            {
                case '[':
                    var r = default(Rune);
                    if (!failed) s = s[TakeRune(s, out r)..];
                    chunk = chunk[1..];
                    var negated = false;
                    if (chunk.Length > 0 && chunk[0] == '^') { negated = true; chunk = chunk[1..]; }
                    var match = false;
                    var ranges = 0;
                    while (true)
                    {
                        if (chunk.Length > 0 && chunk[0] == ']' && ranges > 0) { chunk = chunk[1..]; break; }
                        if (!ClassChar(ref chunk, out var lo)) return ChunkResult.Malformed;
                        var hi = lo;
                        if (chunk[0] == '-')
                        {
                            chunk = chunk[1..];
                            if (!ClassChar(ref chunk, out hi)) return ChunkResult.Malformed;
                        }
                        if (lo <= r && r <= hi) match = true;
                        ranges++;
                    }
                    if (match == negated) failed = true;
                    break;
                case '?':
                    if (!failed)
                    {
                        if (s[0] == '/') failed = true;
                        s = s[TakeRune(s, out _)..];
                    }
                    chunk = chunk[1..];
                    break;
                case '\\':
                    chunk = chunk[1..];
                    if (chunk.Length == 0) return ChunkResult.Malformed;
                    goto default;
                default:
                    if (!failed)
                    {
                        if (chunk[0] != s[0]) failed = true;
                        s = s[1..];
                    }
                    chunk = chunk[1..];
                    break;
            }
        }
        if (failed) return ChunkResult.NoMatch;
        rest = s;
        return ChunkResult.Match;
    }

    // One class character (escapes allowed); false when missing, '-' or ']' where a character must be, or when the
    // class never closes.
    private static bool ClassChar(ref ReadOnlySpan<char> chunk, out Rune value)
    {
        value = default;
        if (chunk.Length == 0 || chunk[0] is '-' or ']') return false;
        if (chunk[0] == '\\')
        {
            chunk = chunk[1..];
            if (chunk.Length == 0) return false;
        }
        chunk = chunk[TakeRune(chunk, out value)..];
        return chunk.Length > 0;
    }

    private static int TakeRune(ReadOnlySpan<char> s, out Rune rune)
    {
        if (Rune.DecodeFromUtf16(s, out rune, out var consumed) != System.Buffers.OperationStatus.Done) rune = Rune.ReplacementChar;
        return Math.Max(consumed, 1);
    }
}
