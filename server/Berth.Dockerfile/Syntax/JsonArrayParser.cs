using System.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// Reads a JSON array of strings the way Docker decides between exec and shell form: the whole argument text
/// must be exactly one JSON array whose elements are all strings (strict JSON: double quotes, standard escapes,
/// no trailing commas, nothing after the closing bracket). Anything else is shell form.
/// </summary>
internal static class JsonArrayParser
{
    /// <summary>Each element's logical [start, end) (quotes included) and decoded value, or null when not exec form.</summary>
    public static List<(int Start, int End, string Value)>? TryParse(string text, int start, int end)
    {
        var i = SkipWhitespace(text, start, end);
        if (i >= end || text[i] != '[') return null;
        i = SkipWhitespace(text, i + 1, end);
        var elements = new List<(int, int, string)>();
        if (i < end && text[i] == ']')
            return SkipWhitespace(text, i + 1, end) == end ? elements : null;
        while (true)
        {
            if (i >= end || text[i] != '"') return null;
            var elementStart = i;
            var value = ReadString(text, ref i, end);
            if (value is null) return null;
            elements.Add((elementStart, i, value));
            i = SkipWhitespace(text, i, end);
            if (i >= end) return null;
            if (text[i] == ']') return SkipWhitespace(text, i + 1, end) == end ? elements : null;
            if (text[i] != ',') return null;
            i = SkipWhitespace(text, i + 1, end);
        }
    }

    private static int SkipWhitespace(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\t' or '\r' or '\n') i++;
        return i;
    }

    // i is at the opening quote; on success it is left just after the closing quote.
    private static string? ReadString(string text, ref int i, int end)
    {
        var sb = new StringBuilder();
        i++;
        while (i < end)
        {
            var c = text[i];
            if (c == '"') { i++; return sb.ToString(); }
            if (c < 0x20) return null;
            if (c != '\\') { sb.Append(c); i++; continue; }
            if (i + 1 >= end) return null;
            var e = text[i + 1];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (i + 6 > end) return null;
                    var code = 0;
                    for (var k = i + 2; k < i + 6; k++)
                    {
                        var digit = HexValue(text[k]);
                        if (digit < 0) return null;
                        code = code * 16 + digit;
                    }
                    sb.Append((char)code);
                    i += 6;
                    continue;
                default: return null;
            }
            i += 2;
        }
        return null;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
