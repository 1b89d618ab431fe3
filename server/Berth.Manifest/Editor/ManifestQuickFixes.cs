using System.Text.RegularExpressions;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;
using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Editor;

/// <summary>One text replacement.</summary>
public sealed record ManifestTextEdit(TextSpan Span, string NewText);

/// <summary>A quick fix as data: a title and the edits; the protocol layer turns it into a code action.</summary>
public sealed record ManifestQuickFix(string Title, string DiagnosticCode, TextSpan DiagnosticSpan, IReadOnlyList<ManifestTextEdit> Edits, bool IsPreferred);

/// <summary>
/// Quick fixes for manifest findings: "did you mean" replacements (unknown keys, enum values, stages, build
/// args, tag placeholders) and moving an inline secret to `${env:NAME}`.
/// </summary>
public static partial class ManifestQuickFixes
{
    public static IReadOnlyList<ManifestQuickFix> For(ManifestDocument document, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostic);
        var span = diagnostic.Span;
        if (span.End > document.Text.Length) return [];
        var written = document.Text.Substring(span.Start, span.Length);
        if (diagnostic.Code == ManifestRuleIds.InlineSecret)
        {
            var found = Editor.ManifestNodeFinder.Find(document.Root, span.Start);
            if (found is null || found.Path.Segments.Count == 0) return [];
            var name = found.Path.Segments[^1].ToString()!;
            // JSON always quotes; so does YAML flow style, where "{" and "}" would end a plain value.
            var quoted = document.Format == ManifestFormat.Json || InFlowCollection(document, found.Path);
            var replacement = quoted ? $"\"${{env:{name}}}\"" : $"${{env:{name}}}";
            return [new ManifestQuickFix($"Read `{name}` from the environment (${{env:{name}}})", diagnostic.Code, span, [new ManifestTextEdit(span, replacement)], true)];
        }
        var match = Suggestion().Match(diagnostic.Message);
        if (!match.Success) return [];
        var suggestion = match.Groups[1].Value;
        if (suggestion.StartsWith('{')) return [];
        return [new ManifestQuickFix($"Change to `{suggestion}`", diagnostic.Code, span, [new ManifestTextEdit(span, KeepQuotes(written, suggestion))], true)];
    }

    // A block collection can't sit inside a flow one, so the value's own map tells.
    private static bool InFlowCollection(ManifestDocument document, ManifestPath path)
    {
        var parent = new ManifestPath(path.Segments.Take(path.Segments.Count - 1).ToList()).Resolve(document.Root);
        return parent is not null && parent.Span.Start < document.Text.Length && document.Text[parent.Span.Start] is '{' or '[';
    }

    // A quoted value stays quoted the same way.
    private static string KeepQuotes(string written, string replacement) =>
        written.Length >= 2 && (written[0] is '"' or '\'') && written[^1] == written[0] ? written[0] + replacement + written[0] : replacement;

    [GeneratedRegex("did you mean `([^`]+)`\\?")]
    private static partial Regex Suggestion();
}
