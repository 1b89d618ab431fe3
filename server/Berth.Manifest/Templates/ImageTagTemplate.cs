using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Berth.Manifest.Templates;

/// <summary>
/// Expands an image tag template: {git.sha}, {git.shortSha} (7 characters), {git.branch} (made safe for a
/// tag: "feature/login" becomes "feature-login"), {date} (yyyyMMdd, UTC) and {timestamp} (yyyyMMddHHmmss,
/// UTC). The result must be a valid tag: letters, digits, "_", "." and "-", not starting with "." or "-",
/// at most 128 characters.
/// </summary>
public static partial class ImageTagTemplate
{
    public static readonly IReadOnlyList<string> Placeholders = ["git.sha", "git.shortSha", "git.branch", "date", "timestamp"];

    public static TemplateResult Expand(string template, TemplateValues values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var builder = new StringBuilder();
        var position = 0;
        foreach (Match match in Placeholder().Matches(template))
        {
            builder.Append(template, position, match.Index - position);
            position = match.Index + match.Length;
            var name = match.Groups[1].Value;
            var value = ValueOf(name, values, out var error);
            if (error is not null) return TemplateResult.Fail(error);
            builder.Append(value);
        }
        builder.Append(template, position, template.Length - position);
        var tag = builder.ToString();
        if (tag.Contains('{', StringComparison.Ordinal) || tag.Contains('}', StringComparison.Ordinal))
        {
            return TemplateResult.Fail($"The image tag \"{template}\" has an unclosed or empty `{{...}}`; write one of {{{string.Join("}, {", Placeholders)}}}.");
        }
        if (!ValidTag().IsMatch(tag))
        {
            return TemplateResult.Fail($"The image tag \"{template}\" expands to \"{tag}\", which is not a valid tag; use letters, digits, \"_\", \".\" and \"-\" (not first), at most 128 characters.");
        }
        return TemplateResult.Ok(tag);
    }

    /// <summary>The placeholder names used by a template that Berth doesn't know, for diagnostics.</summary>
    public static IEnumerable<(string Name, int Index, int Length)> UnknownPlaceholders(string template) =>
        Placeholder().Matches(template).Where(m => !Placeholders.Contains(m.Groups[1].Value)).Select(m => (m.Groups[1].Value, m.Index, m.Length));

    private static string? ValueOf(string name, TemplateValues values, out string? error)
    {
        error = null;
        switch (name)
        {
            case "git.sha" or "git.shortSha":
                if (values.GitSha is not { Length: > 0 } sha)
                {
                    error = $"The image tag uses {{{name}}}, but there is no git commit here; commit first, or write a literal tag.";
                    return null;
                }
                return name == "git.sha" ? sha : sha[..Math.Min(7, sha.Length)];
            case "git.branch":
                if (values.GitBranch is not { Length: > 0 } branch)
                {
                    error = "The image tag uses {git.branch}, but no branch is checked out (a detached HEAD?); check out a branch, or use {git.shortSha}.";
                    return null;
                }
                return TagSafe(branch);
            case "date" or "timestamp":
                if (values.Now is not { } now)
                {
                    error = $"The image tag uses {{{name}}}, but no time was given to expand it.";
                    return null;
                }
                return now.UtcDateTime.ToString(name == "date" ? "yyyyMMdd" : "yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            default:
                var suggestion = Text.DidYouMean.Closest(name, Placeholders);
                error = $"The image tag uses {{{name}}}, which Berth doesn't know; " +
                    (suggestion is not null ? $"did you mean {{{suggestion}}}?" : $"use one of {{{string.Join("}, {", Placeholders)}}}.");
                return null;
        }
    }

    // A branch name may hold "/" and other characters a tag can't; each run of them becomes one "-".
    private static string TagSafe(string branch)
    {
        var safe = UnsafeTagCharacters().Replace(branch, "-").TrimStart('.', '-');
        return safe.Length > 0 ? safe : "branch";
    }

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[^A-Za-z0-9_.-]+")]
    private static partial Regex UnsafeTagCharacters();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex ValidTag();
}
