using System.Text;
using System.Text.RegularExpressions;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.BuildContext;

/// <summary>
/// One cleaned .dockerignore pattern, matched against slash-separated context paths exactly as Docker's
/// pattern matcher does: '*' and '?' never cross '/', '**' crosses any number of folders, '\' escapes the
/// next character, '[...]' is a character class, and a leading '!' turns the pattern into an exception.
/// </summary>
public sealed class DockerIgnorePattern
{
    private readonly MatchKind _kind;
    private readonly Regex? _regex;

    private DockerIgnorePattern(string cleaned, bool isExclusion, TextSpan span, MatchKind kind, Regex? regex)
    {
        Pattern = cleaned;
        IsExclusion = isExclusion;
        Span = span;
        _kind = kind;
        _regex = regex;
        Depth = cleaned.Split('/').Length;
    }

    /// <summary>The pattern after cleaning, without its '!' (what docker matches with).</summary>
    public string Pattern { get; }

    /// <summary>True for "!pattern": a path it matches is put back into the context.</summary>
    public bool IsExclusion { get; }

    /// <summary>Where the pattern's line sits in the .dockerignore text (empty for patterns made in code).</summary>
    public TextSpan Span { get; }

    /// <summary>How many folder levels the pattern names.</summary>
    public int Depth { get; }

    public override string ToString() => IsExclusion ? "!" + Pattern : Pattern;

    /// <summary>
    /// Reads one pattern line as Docker's matcher does (trim, clean, '!' prefix). Returns null with an error
    /// message for patterns docker refuses ("!" alone, malformed character classes).
    /// </summary>
    public static DockerIgnorePattern? Create(string text, TextSpan span, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        var pattern = text.Trim();
        if (pattern.Length == 0)
        {
            error = "The pattern is empty.";
            return null;
        }
        pattern = SlashPath.Clean(pattern);
        var exclusion = false;
        if (pattern[0] == '!')
        {
            if (pattern.Length == 1)
            {
                error = "\"!\" alone is not a valid exception pattern; write the path to keep after it, as in \"!src/keep.txt\".";
                return null;
            }
            exclusion = true;
            pattern = pattern[1..];
        }
        error = GoGlobSyntax.Check(pattern);
        if (error is not null) return null;
        var (kind, regex) = Compile(pattern);
        return new DockerIgnorePattern(pattern, exclusion, span, kind, regex);
    }

    /// <summary>True when <paramref name="path"/> (cleaned, relative, '/'-separated) is matched by the pattern itself.</summary>
    public bool Matches(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        switch (_kind)
        {
            case MatchKind.Exact:
                return path == Pattern;
            case MatchKind.Prefix:
                return path.StartsWith(Pattern[..^2], StringComparison.Ordinal);
            case MatchKind.Suffix:
                var suffix = Pattern[2..];
                if (path.EndsWith(suffix, StringComparison.Ordinal)) return true;
                return suffix.Length > 0 && suffix[0] == '/' && path == suffix[1..];
            default:
                return _regex!.IsMatch(path);
        }
    }

    // Mirrors docker's translation of a pattern into a regular expression, including its shortcuts
    // (exact, prefix "a/**", suffix "**/a"), since those shortcuts give results that differ from the regex.
    private static (MatchKind Kind, Regex? Regex) Compile(string pattern)
    {
        var regex = new StringBuilder("^");
        var kind = MatchKind.Exact;
        var runes = pattern.EnumerateRunes().ToArray();
        for (int i = 0, step = 0; i < runes.Length; i++, step++)
        {
            var ch = runes[i];
            if (ch.Value == '*')
            {
                if (i + 1 < runes.Length && runes[i + 1].Value == '*')
                {
                    i++;
                    if (i + 1 < runes.Length && runes[i + 1].Value == '/') i++;
                    if (i + 1 >= runes.Length)
                    {
                        if (kind == MatchKind.Exact) kind = MatchKind.Prefix;
                        else
                        {
                            regex.Append(".*");
                            kind = MatchKind.Regex;
                        }
                    }
                    else
                    {
                        regex.Append("(.*/)?");
                        kind = MatchKind.Regex;
                    }
                    if (step == 0) kind = MatchKind.Suffix;
                }
                else
                {
                    regex.Append("[^/]*");
                    kind = MatchKind.Regex;
                }
            }
            else if (ch.Value == '?')
            {
                regex.Append("[^/]");
                kind = MatchKind.Regex;
            }
            else if (ch.Value == '\\')
            {
                if (i + 1 < runes.Length)
                {
                    i++;
                    regex.Append(Regex.Escape(runes[i].ToString()));
                    kind = MatchKind.Regex;
                }
                else
                {
                    regex.Append(@"\\");
                }
            }
            else if (ch.Value is '[' or ']')
            {
                regex.Append((char)ch.Value);
                kind = MatchKind.Regex;
            }
            else if (ch.Value is '.' or '+' or '(' or ')' or '|' or '{' or '}' or '$')
            {
                // Docker escapes only the regex specials that mean nothing in a glob; '^' stays raw (class negation).
                regex.Append('\\').Append((char)ch.Value);
            }
            else
            {
                regex.Append(ch.ToString());
            }
        }
        if (kind != MatchKind.Regex) return (kind, null);
        regex.Append(@"\z");
        return (kind, new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline));
    }

    private enum MatchKind
    {
        Exact,
        Prefix,
        Suffix,
        Regex,
    }
}
