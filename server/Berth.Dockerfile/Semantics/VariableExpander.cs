using System.Text;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Semantics;

/// <summary>
/// Expands a word the way Docker's word lexer does: quotes removed, escapes applied, <c>$NAME</c> and
/// <c>${NAME&lt;modifier&gt;word}</c> replaced. The lookup returns the variable's value, "" for an undefined variable
/// and null when it is declared but its value is not known (an ARG without default may come from --build-arg);
/// the result is then null too, unless a modifier makes the value irrelevant.
/// </summary>
public static class VariableExpander
{
    public delegate bool Lookup(string name, out string? value);

    public static string? Expand(string text, char escape, Lookup lookup)
    {
        var sb = new StringBuilder(text.Length);
        return Expand(text, 0, text.Length, escape, lookup, sb) ? sb.ToString() : null;
    }

    private static bool Expand(string text, int start, int end, char escape, Lookup lookup, StringBuilder sb)
    {
        var known = true;
        var quote = '\0';
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (quote == '\'')
            {
                if (c == '\'') quote = '\0'; else sb.Append(c);
                i++;
                continue;
            }
            if (c == escape && i + 1 < end)
            {
                var n = text[i + 1];
                if (quote == '"' && n is not ('"' or '$') && n != escape) sb.Append(c);
                sb.Append(n);
                i += 2;
                continue;
            }
            if (c == '"') { quote = quote == '"' ? '\0' : '"'; i++; continue; }
            if (c == '\'' && quote == '\0') { quote = '\''; i++; continue; }
            if (c != '$' || i + 1 >= end) { sb.Append(c); i++; continue; }
            if (VariableScanner.IsNameStart(text[i + 1]))
            {
                var j = i + 1;
                while (j < end && VariableScanner.IsNameChar(text[j])) j++;
                known &= Append(text[(i + 1)..j], lookup, sb);
                i = j;
                continue;
            }
            if (text[i + 1] != '{') { sb.Append(c); i++; continue; }
            var k = i + 2;
            while (k < end && VariableScanner.IsNameChar(text[k])) k++;
            var name = text[(i + 2)..k];
            if (k >= end || name.Length == 0) { sb.Append(text, i, end - i); return known; }
            if (text[k] == '}')
            {
                known &= Append(name, lookup, sb);
                i = k + 1;
                continue;
            }
            var modifierEnd = text[k] == ':' && k + 1 < end ? k + 2 : k + 1;
            var modifier = text[k..modifierEnd];
            var close = ClosingBrace(text, modifierEnd, end, escape);
            if (close < 0) { sb.Append(text, i, end - i); return known; }
            var defined = lookup(name, out var value);
            var empty = defined && value is { Length: 0 };
            switch (modifier)
            {
                case ":-" or "-":
                    if (!defined || (modifier == ":-" && empty)) known &= Expand(text, modifierEnd, close, escape, lookup, sb);
                    else if (value is null) known = false;
                    else sb.Append(value);
                    break;
                case ":+" or "+":
                    if (defined && value is null) known = false;
                    else if (defined && !(modifier == ":+" && empty)) known &= Expand(text, modifierEnd, close, escape, lookup, sb);
                    break;
                default:
                    if (value is null && defined) known = false;
                    else sb.Append(value);
                    break;
            }
            i = close + 1;
        }
        return known;
    }

    private static bool Append(string name, Lookup lookup, StringBuilder sb)
    {
        var defined = lookup(name, out var value);
        if (defined && value is null) return false;
        sb.Append(value);
        return true;
    }

    private static int ClosingBrace(string text, int i, int end, char escape)
    {
        var depth = 0;
        for (; i < end; i++)
        {
            var c = text[i];
            if (c == escape) { i++; continue; }
            if (c == '$' && i + 1 < end && text[i + 1] == '{') { depth++; i++; continue; }
            if (c != '}') continue;
            if (depth == 0) return i;
            depth--;
        }
        return -1;
    }
}
