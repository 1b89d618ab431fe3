using Berth.Dockerfile.Diagnostics;

namespace Berth.Dockerfile.ShellCheck;

/// <summary>
/// Turns ShellCheck's comments on a script into Berth diagnostics: code <c>SCxxxx</c>, ShellCheck's level as the
/// severity, the exact document span, and a link to the ShellCheck wiki. hadolint's exclusions apply (see
/// <see cref="Excluded"/>). The result is not yet graded: <see cref="Linting.Linter.Grade(DockerfileDocument, IEnumerable{Diagnostic}, Linting.LintSettings)"/>
/// applies the ignore list, severity overrides and <c># hadolint ignore=</c> pragmas.
/// </summary>
public static class ShellCheckFindings
{
    public const string WikiBase = "https://www.shellcheck.net/wiki/";

    /// <summary>
    /// The codes never reported, as in hadolint: SC1090 and SC1091 (following a sourced file needs a
    /// <c># shellcheck source=</c> directive, which a Dockerfile cannot hold: '#' starts a Dockerfile comment) and
    /// SC2187 (ash is checked as dash; that is the intent, not a problem).
    /// </summary>
    public static IReadOnlyList<int> Excluded { get; } = [1090, 1091, 2187];

    public static IReadOnlyList<Diagnostic> From(ShellCheckScript script, IEnumerable<ShellCheckComment> comments)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(comments);
        var result = new List<Diagnostic>();
        foreach (var comment in comments)
        {
            if (Excluded.Contains(comment.Code)) continue;
            var code = Code(comment.Code);
            var span = script.Map(comment.Line, comment.Column, comment.EndLine, comment.EndColumn);
            result.Add(new Diagnostic(code, SeverityOf(comment.Level), span, comment.Message) { HelpUri = HelpUri(comment.Code) });
        }
        return result;
    }

    public static string Code(int code) => "SC" + code.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One object per code, shared by its findings.</summary>
    public static Uri HelpUri(int code) => HelpUris.GetOrAdd(code, static c => new Uri(WikiBase + Code(c)));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Uri> HelpUris = new();

    /// <summary>ShellCheck's levels are hadolint's severities; an unknown level is reported as a warning.</summary>
    public static Severity SeverityOf(string level) => level switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        "style" => Severity.Style,
        _ => Severity.Warning,
    };
}
