namespace Berth.Dockerfile.Syntax;

/// <summary>A here-document marker found in an instruction's logical text, before its body is read.</summary>
internal readonly record struct HeredocMarker(int Start, int End, int DelimiterStart, int DelimiterEnd, string Delimiter, bool StripsTabs, bool IsQuoted)
{
    /// <summary>Every <c>&lt;&lt;WORD</c>, <c>&lt;&lt;-WORD</c>, <c>&lt;&lt;"WORD"</c> outside quotes, in order (here-strings <c>&lt;&lt;&lt;</c> excluded).</summary>
    public static List<HeredocMarker> Find(string text, int start, int end, char escape)
    {
        var result = new List<HeredocMarker>();
        var i = start;
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
            if (c == escape && i + 1 < end) { i += 2; continue; }
            if (c is '"' or '\'') { quote = c; i++; continue; }
            if (c != '<' || i + 1 >= end || text[i + 1] != '<') { i++; continue; }
            if (i + 2 < end && text[i + 2] == '<')
            {
                i += 3;
                while (i < end && text[i] == '<') i++;
                continue;
            }
            var j = i + 2;
            var strips = j < end && text[j] == '-';
            if (strips) j++;
            var marker = TryDelimiter(text, i, j, end);
            if (marker is { } found)
            {
                result.Add(found with { StripsTabs = strips });
                i = found.End;
            }
            else
            {
                i = j;
            }
        }
        return result;
    }

    private static HeredocMarker? TryDelimiter(string text, int markerStart, int j, int end)
    {
        if (j >= end) return null;
        if (text[j] is '"' or '\'')
        {
            var q = text[j];
            var close = text.IndexOf(q, j + 1, end - j - 1);
            if (close <= j + 1) return null;
            return new HeredocMarker(markerStart, close + 1, j + 1, close, text[(j + 1)..close], false, true);
        }
        var k = j;
        while (k < end && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '_' or '.' or '-')) k++;
        if (k == j) return null;
        return new HeredocMarker(markerStart, k, j, k, text[j..k], false, false);
    }
}
