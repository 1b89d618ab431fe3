namespace Berth.Dockerfile.LanguageService.Formatting;

/// <summary>
/// How many columns a piece of a line takes on screen, so that aligned escapes line up in the editor: a tab
/// reaches the next tab stop, East Asian wide characters and emoji (surrogate pairs) take two columns,
/// combining marks none.
/// </summary>
internal static class DisplayColumns
{
    /// <summary>The column reached by showing <paramref name="text"/> from <paramref name="column"/> (tabs depend on where they start).</summary>
    public static int Advance(int column, ReadOnlySpan<char> text, int tabSize)
    {
        tabSize = tabSize <= 0 ? 4 : tabSize;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t') column += tabSize - column % tabSize;
            else if (c < '\u0300') column++; // Below the first combining marks and wide ranges: what Dockerfiles mostly are.
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { column += 2; i++; }
            else if (IsCombining(c)) { }
            else column += IsWide(c) ? 2 : 1;
        }
        return column;
    }

    private static bool IsCombining(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark;

    // The wide ranges of the Basic Multilingual Plane (Hangul Jamo, CJK, Hangul syllables, compatibility and full-width forms).
    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
