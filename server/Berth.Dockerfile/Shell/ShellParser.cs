using System.Text;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Shell;

/// <summary>
/// A small POSIX shell reader, enough to know which commands a RUN runs with which words: quoting, escapes,
/// command and parameter substitution kept inside their word, operators (&amp;&amp;, ||, ;, |, &amp;, subshell
/// parentheses), redirections skipped with their targets, comments, and case patterns (whose '|' is no pipe).
/// </summary>
internal static class ShellParser
{
    private static readonly HashSet<string> ReservedPrefixes = new(StringComparer.Ordinal)
    {
        "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "{", "}", "!", "time", "exec",
    };

    private enum Kind { Word, Operator }

    private readonly record struct Token(Kind Kind, string Value, string Raw, int Start, int End);

    public static ShellScript Parse(string text, Func<int, int, TextSpan> map)
    {
        var commands = new List<ShellCommand>();
        var words = new List<Token>();
        var hasPipe = false;
        var pipefailBeforePipe = false;
        var pipefailSeen = false;
        var pipeIn = false;
        var caseDepth = 0;
        var expectPattern = false;

        foreach (var token in Tokenize(text))
        {
            if (token.Kind == Kind.Word)
            {
                words.Add(token);
                if (words.Count == 1 && token.Value == "case") { caseDepth++; expectPattern = false; }
                else if (words.Count == 3 && words[0].Value == "case" && token.Value == "in") { words.Clear(); expectPattern = true; }
                else if (words.Count == 1 && token.Value == "esac") { caseDepth = Math.Max(0, caseDepth - 1); words.Clear(); expectPattern = false; }
                continue;
            }
            switch (token.Value)
            {
                case "|" or "|&" when expectPattern:
                    words.Clear();
                    break;
                case ")" when expectPattern:
                    words.Clear();
                    expectPattern = false;
                    break;
                case "|" or "|&":
                    if (words.Count > 0 && !hasPipe)
                    {
                        hasPipe = true;
                        pipefailBeforePipe = pipefailSeen;
                    }
                    Finish(piped: true);
                    pipeIn = true;
                    break;
                case ";;" or ";&" or ";;&":
                    Finish(piped: false);
                    expectPattern = caseDepth > 0;
                    break;
                default:
                    Finish(piped: false);
                    break;
            }
        }
        Finish(piped: false);
        return new ShellScript(commands, hasPipe, hasPipe ? pipefailBeforePipe : pipefailSeen);

        void Finish(bool piped)
        {
            var start = 0;
            var assignments = new List<ShellWord>();
            while (start < words.Count)
            {
                var value = words[start].Value;
                if (ReservedPrefixes.Contains(value)) { start++; continue; }
                if (IsAssignment(words[start].Raw)) { assignments.Add(ToWord(words[start])); start++; continue; }
                break;
            }
            if (start < words.Count && words[start].Value is not ("for" or "select" or "case" or "function"))
            {
                var command = new ShellCommand(words.Skip(start).Select(ToWord).ToArray(), assignments, piped || pipeIn);
                commands.Add(command);
                if (command.Name == "set" && IsPipefail(command)) pipefailSeen = true;
            }
            words.Clear();
            pipeIn = false;
        }

        ShellWord ToWord(Token t) => new(t.Value, t.Raw, map(t.Start, t.End));
    }

    private static bool IsPipefail(ShellCommand set)
    {
        var words = set.Words;
        for (var i = 1; i < words.Count - 1; i++)
            if (words[i].Value.StartsWith('-') && words[i].Value.Contains('o', StringComparison.Ordinal) && words[i + 1].Value == "pipefail") return true;
        return false;
    }

    private static bool IsAssignment(string raw)
    {
        if (raw.Length < 2 || !(char.IsAsciiLetter(raw[0]) || raw[0] == '_')) return false;
        for (var i = 1; i < raw.Length; i++)
        {
            if (raw[i] == '=') return true;
            if (!(char.IsAsciiLetterOrDigit(raw[i]) || raw[i] == '_')) return false;
        }
        return false;
    }

    private static IEnumerable<Token> Tokenize(string text)
    {
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (c is ' ' or '\t') { i++; continue; }
            if (c is '\n' or '\r') { yield return new Token(Kind.Operator, ";", ";", i, i + 1); i++; continue; }
            if (c == '\\' && i + 1 < n && text[i + 1] is '\n' or '\r') { i += 2; continue; }
            if (c == '#')
            {
                while (i < n && text[i] is not ('\n' or '\r')) i++;
                continue;
            }
            var op = Operator(text, i);
            if (op is not null)
            {
                if (op[0] is '<' or '>' || op.StartsWith("&>", StringComparison.Ordinal))
                {
                    i = SkipRedirectTarget(text, i + op.Length, op);
                    continue;
                }
                yield return new Token(Kind.Operator, op, op, i, i + op.Length);
                i += op.Length;
                continue;
            }
            var start = i;
            var value = new StringBuilder();
            i = ReadWord(text, i, value);
            // "2>" and "2>&1": a number right before a redirection is a file descriptor, not a word.
            if (i < n && text[i] is '<' or '>' && text.AsSpan(start, i - start).ContainsAnyExcept("0123456789") == false)
                continue;
            yield return new Token(Kind.Word, value.ToString(), text[start..i], start, i);
        }
    }

    private static string? Operator(string text, int i)
    {
        ReadOnlySpan<string> operators = ["&&", "||", ";;&", ";;", ";&", "|&", "&>>", "&>", "<<<", "<<-", "<<", ">>", ">&", "<&", ">|", "<>", ";", "|", "&", "(", ")", "<", ">"];
        foreach (var op in operators)
            if (string.CompareOrdinal(text, i, op, 0, op.Length) == 0) return op;
        return null;
    }

    private static int SkipRedirectTarget(string text, int i, string op)
    {
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        if (i < text.Length && Operator(text, i) is null && text[i] is not ('\n' or '\r'))
            i = ReadWord(text, i, new StringBuilder());
        _ = op;
        return i;
    }

    // Reads one word starting at i into value (quotes removed); returns the index after it.
    private static int ReadWord(string text, int i, StringBuilder value)
    {
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\n' or '\r' or ';' or '&' or '|' or '<' or '>' or '(' or ')') break;
            switch (c)
            {
                case '\\':
                    if (i + 1 < n) value.Append(text[i + 1]);
                    i = Math.Min(n, i + 2);
                    continue;
                case '\'':
                {
                    var close = text.IndexOf('\'', i + 1);
                    var end = close < 0 ? n : close;
                    value.Append(text, i + 1, end - i - 1);
                    i = close < 0 ? n : close + 1;
                    continue;
                }
                case '"':
                    i++;
                    while (i < n && text[i] != '"')
                    {
                        if (text[i] == '\\' && i + 1 < n) { value.Append(text[i + 1]); i += 2; continue; }
                        if (text[i] == '$' && i + 1 < n && text[i + 1] is '(' or '{') { var e = SkipBalanced(text, i + 1); value.Append(text, i, e - i); i = e; continue; }
                        if (text[i] == '`') { var e = SkipBacktick(text, i); value.Append(text, i, e - i); i = e; continue; }
                        value.Append(text[i]);
                        i++;
                    }
                    i = Math.Min(n, i + 1);
                    continue;
                case '$' when i + 1 < n && text[i + 1] is '(' or '{':
                {
                    var e = SkipBalanced(text, i + 1);
                    value.Append(text, i, e - i);
                    i = e;
                    continue;
                }
                case '`':
                {
                    var e = SkipBacktick(text, i);
                    value.Append(text, i, e - i);
                    i = e;
                    continue;
                }
                default:
                    value.Append(c);
                    i++;
                    continue;
            }
        }
        return i;
    }

    // i at '(' or '{'; returns the index after the matching closer, honouring quotes.
    private static int SkipBalanced(string text, int i)
    {
        var open = text[i];
        var close = open == '(' ? ')' : '}';
        var depth = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\') { i += 2; continue; }
            if (c == '\'' && open == '(') { var q = text.IndexOf('\'', i + 1); i = q < 0 ? text.Length : q + 1; continue; }
            if (c == '"' && open == '(')
            {
                i++;
                while (i < text.Length && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
                i++;
                continue;
            }
            if (c == open) depth++;
            else if (c == close && --depth == 0) return i + 1;
            i++;
        }
        return text.Length;
    }

    private static int SkipBacktick(string text, int i)
    {
        i++;
        while (i < text.Length && text[i] != '`') i += text[i] == '\\' ? 2 : 1;
        return Math.Min(text.Length, i + 1);
    }
}
