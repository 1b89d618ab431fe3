namespace Berth.Dockerfile.Syntax;

/// <summary>
/// Finds variable references in logical text: <c>$NAME</c>, <c>${NAME}</c> and <c>${NAME&lt;modifier&gt;word}</c>.
/// Single-quoted text and escaped dollars (<c>\$</c>, or <c>`$</c> with a backtick escape) are literal.
/// </summary>
internal static class VariableScanner
{
    public static void Scan(LogicalLine line, int start, int end, char escape, List<VariableReferenceSyntax> into)
    {
        var text = line.Text;
        var inDouble = false;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == escape && i + 1 < end) { i += 2; continue; }
            if (c == '"') { inDouble = !inDouble; i++; continue; }
            if (c == '\'' && !inDouble)
            {
                var close = text.IndexOf('\'', i + 1, end - i - 1);
                i = close < 0 ? end : close + 1;
                continue;
            }
            if (c == '$')
            {
                var reference = TryRead(line, i, end, escape, out var next);
                if (reference is not null) into.Add(reference);
                i = next;
                continue;
            }
            i++;
        }
    }

    public static bool IsNameStart(char c) => c == '_' || char.IsAsciiLetter(c);

    public static bool IsNameChar(char c) => c == '_' || char.IsAsciiLetterOrDigit(c);

    private static VariableReferenceSyntax? TryRead(LogicalLine line, int dollar, int end, char escape, out int next)
    {
        var text = line.Text;
        next = dollar + 1;
        if (dollar + 1 >= end) return null;
        if (IsNameStart(text[dollar + 1]))
        {
            var j = dollar + 1;
            while (j < end && IsNameChar(text[j])) j++;
            next = j;
            return new VariableReferenceSyntax(line.SourceSpan(dollar, j), text[(dollar + 1)..j], line.SourceSpan(dollar + 1, j),
                false, null, null, null, null, true, []);
        }
        if (text[dollar + 1] != '{') return null;
        var nameStart = dollar + 2;
        var k = nameStart;
        while (k < end && IsNameChar(text[k])) k++;
        if (k == nameStart || !IsNameStart(text[nameStart])) return null;
        var name = text[nameStart..k];
        var nameSpan = line.SourceSpan(nameStart, k);
        if (k < end && text[k] == '}')
        {
            next = k + 1;
            return new VariableReferenceSyntax(line.SourceSpan(dollar, k + 1), name, nameSpan, true, null, null, null, null, true, []);
        }
        if (k >= end)
        {
            next = end;
            return new VariableReferenceSyntax(line.SourceSpan(dollar, end), name, nameSpan, true, null, null, null, null, false, []);
        }
        var modifierEnd = text[k] == ':' && k + 1 < end ? k + 2 : k + 1;
        var close = MatchingBrace(text, modifierEnd, end, escape);
        var operandEnd = close < 0 ? end : close;
        var nested = new List<VariableReferenceSyntax>();
        Scan(line, modifierEnd, operandEnd, escape, nested);
        next = close < 0 ? end : close + 1;
        return new VariableReferenceSyntax(line.SourceSpan(dollar, next), name, nameSpan, true, text[k..modifierEnd],
            line.SourceSpan(k, modifierEnd), text[modifierEnd..operandEnd], line.SourceSpan(modifierEnd, operandEnd), close >= 0, nested);
    }

    // The '}' closing a "${" whose operand starts at i; nested "${...}" pairs are skipped.
    private static int MatchingBrace(string text, int i, int end, char escape)
    {
        var depth = 0;
        while (i < end)
        {
            var c = text[i];
            if (c == escape && i + 1 < end) { i += 2; continue; }
            if (c == '$' && i + 1 < end && text[i + 1] == '{') { depth++; i += 2; continue; }
            if (c == '}')
            {
                if (depth == 0) return i;
                depth--;
            }
            i++;
        }
        return -1;
    }
}
