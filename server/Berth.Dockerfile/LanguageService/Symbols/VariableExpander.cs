using System.Text;

namespace Berth.Dockerfile.LanguageService.Symbols;

/// <summary>
/// Expands <c>$NAME</c>, <c>${NAME}</c> and the <c>:-</c>, <c>-</c>, <c>:+</c>, <c>+</c> modifiers in an (unquoted)
/// value the way the builder does, for showing resolved values. Null means "not known before the build"
/// (a variable without a default, or one never declared).
/// </summary>
internal static class VariableExpander
{
    /// <summary><paramref name="lookup"/> answers (declared, value): declared=false for an unknown name.</summary>
    public static string? Expand(string? text, Func<string, (bool Declared, string? Value)> lookup, int depth = 0)
    {
        if (text is null) return null;
        if (text.IndexOf('$', StringComparison.Ordinal) < 0) return text;
        if (depth > 8) return null;
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != '$' || i + 1 >= text.Length) { sb.Append(c); i++; continue; }
            var next = text[i + 1];
            if (next == '_' || char.IsAsciiLetter(next))
            {
                var j = i + 1;
                while (j < text.Length && (text[j] == '_' || char.IsAsciiLetterOrDigit(text[j]))) j++;
                var (declared, value) = lookup(text[(i + 1)..j]);
                if (!declared || value is null) return null;
                sb.Append(value);
                i = j;
                continue;
            }
            if (next != '{') { sb.Append(c); i++; continue; }
            var close = Close(text, i + 2);
            if (close < 0) return null;
            var inner = text[(i + 2)..close];
            var k = 0;
            while (k < inner.Length && (inner[k] == '_' || char.IsAsciiLetterOrDigit(inner[k]))) k++;
            var name = inner[..k];
            var rest = inner[k..];
            var (isDeclared, current) = lookup(name);
            var isSet = isDeclared && current is not null;
            string? replacement;
            if (rest.Length == 0) replacement = isSet ? current : null;
            else if (rest.StartsWith(":-", StringComparison.Ordinal)) replacement = isSet && current!.Length > 0 ? current : Expand(rest[2..], lookup, depth + 1);
            else if (rest.StartsWith('-')) replacement = isSet ? current : Expand(rest[1..], lookup, depth + 1);
            else if (rest.StartsWith(":+", StringComparison.Ordinal)) replacement = isSet && current!.Length > 0 ? Expand(rest[2..], lookup, depth + 1) : "";
            else if (rest.StartsWith('+')) replacement = isSet ? Expand(rest[1..], lookup, depth + 1) : "";
            else replacement = null;
            if (replacement is null) return null;
            sb.Append(replacement);
            i = close + 1;
        }
        return sb.ToString();
    }

    private static int Close(string text, int i)
    {
        var depth = 0;
        for (; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}')
            {
                if (depth == 0) return i;
                depth--;
            }
        }
        return -1;
    }
}
