namespace Berth.Dockerfile.BuildContext;

/// <summary>
/// The syntax check docker runs on each .dockerignore pattern (Go's filepath.Match error state): character
/// classes must be closed and non-empty, ranges need both ends, and a pattern may not end in a lone '\'.
/// </summary>
internal static class GoGlobSyntax
{
    /// <summary>Null when the pattern is well formed, else a sentence saying what is wrong.</summary>
    public static string? Check(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    if (i + 1 >= pattern.Length) return "The pattern ends with a lone '\\'; escape it as '\\\\' or remove it.";
                    i++;
                    break;
                case '[':
                    var end = CheckClass(pattern, i + 1);
                    if (end < 0) return $"The character class starting at column {i + 1} is malformed (unclosed '[', empty class or incomplete range).";
                    i = end;
                    break;
            }
        }
        return null;
    }

    // Returns the index of the closing ']' or -1 when the class is malformed.
    private static int CheckClass(string pattern, int i)
    {
        if (i < pattern.Length && pattern[i] == '^') i++;
        var count = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] == ']' && count > 0) return i;
            if (!ReadClassChar(pattern, ref i)) return -1;
            if (i < pattern.Length && pattern[i] == '-')
            {
                i++;
                if (!ReadClassChar(pattern, ref i)) return -1;
            }
            count++;
        }
        return -1;
    }

    private static bool ReadClassChar(string pattern, ref int i)
    {
        if (i >= pattern.Length) return false;
        var c = pattern[i];
        if (c is '-' or ']') return false;
        if (c == '\\')
        {
            i++;
            if (i >= pattern.Length) return false;
        }
        i++;
        return true;
    }
}
