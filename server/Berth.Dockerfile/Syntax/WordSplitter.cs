using System.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// Splits logical text into whitespace-separated words, keeping quoted parts and escaped characters inside
/// their word, and removes quotes and escapes from a word the way Docker's word lexer does.
/// </summary>
internal static class WordSplitter
{
    public static bool IsBlank(char c) => c is ' ' or '\t' or '\f' or '\v' or '\r' or '\n';

    /// <summary>The end (exclusive) of the word starting at <paramref name="i"/>.</summary>
    public static int WordEnd(string text, int i, int end, char escape)
    {
        var quote = '\0';
        while (i < end)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == escape && quote == '"' && i + 1 < end) { i += 2; continue; }
                if (c == quote) quote = '\0';
                i++;
                continue;
            }
            if (IsBlank(c)) break;
            if (c == escape && i + 1 < end) { i += 2; continue; }
            if (c is '"' or '\'') quote = c;
            i++;
        }
        return i;
    }

    public static int SkipBlanks(string text, int i, int end)
    {
        while (i < end && IsBlank(text[i])) i++;
        return i;
    }

    /// <summary>The word's value: quotes removed, escaped characters kept without their escape.</summary>
    public static string Unquote(string text, int start, int end, char escape)
    {
        if (text.AsSpan(start, end - start).IndexOfAny('"', '\'', escape) < 0) return text.Substring(start, end - start);
        var sb = new StringBuilder(end - start);
        var quote = '\0';
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (quote == '\'')
            {
                if (c == '\'') quote = '\0'; else sb.Append(c);
                continue;
            }
            if (quote == '"')
            {
                if (c == '"') { quote = '\0'; continue; }
                if (c == escape && i + 1 < end && text[i + 1] is '"' or '$' || (c == escape && i + 1 < end && text[i + 1] == escape))
                {
                    sb.Append(text[++i]);
                    continue;
                }
                sb.Append(c);
                continue;
            }
            if (c is '"' or '\'') { quote = c; continue; }
            if (c == escape && i + 1 < end) { sb.Append(text[++i]); continue; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
