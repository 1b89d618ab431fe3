using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Rules;
using Berth.Dockerfile.Rules.Instructions;

namespace Berth.Dockerfile.Linting;

/// <summary>
/// The single entry for checking a Dockerfile: the document's own diagnostics (syntax and semantics) plus every
/// lint rule, then filtered and re-graded by the settings and the file's pragmas. Stable signature for LSP and CLI.
/// </summary>
public static class Linter
{
    public static IReadOnlyList<Diagnostic> Lint(DockerfileDocument document, LintSettings settings) => Lint(document, settings, null);

    /// <summary>
    /// As <see cref="Lint(DockerfileDocument, LintSettings)"/>, plus the rules that look at the build context
    /// (CopyIgnoredFile, BER0030) when <paramref name="buildContext"/> is given; without one they stay silent.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Lint(DockerfileDocument document, LintSettings settings, IBuildContext? buildContext) =>
        Lint(document, settings, buildContext, fileKeywordCasing: null);

    /// <summary>
    /// As <see cref="Lint(DockerfileDocument, LintSettings, IBuildContext?)"/> for a slice of a file (most stages blanked
    /// out): <paramref name="fileKeywordCasing"/> is the whole file's, which the slice alone would get wrong.
    /// </summary>
    internal static IReadOnlyList<Diagnostic> Lint(DockerfileDocument document, LintSettings settings, IBuildContext? buildContext, KeywordCasing? fileKeywordCasing)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        var pragmas = Pragmas.Read(document.Syntax);
        var context = new RuleContext(document, settings, pragmas, buildContext, fileKeywordCasing);
        foreach (var rule in RuleRegistry.Rules)
        {
            if (IsIgnored(rule.Descriptor, settings.Ignored)) continue;
            rule.Check(context);
        }
        var result = new List<Diagnostic>();
        foreach (var diagnostic in document.Diagnostics.Concat(context.Findings))
        {
            var adjusted = Apply(diagnostic, settings, pragmas);
            if (adjusted is not null) result.Add(adjusted);
        }
        return result.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ThenBy(d => d.Code, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Grades findings of files that have no pragmas (berth.yaml / berth.json): the user's ignore list and
    /// severity overrides apply, in the same order as for Dockerfiles.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Grade(IEnumerable<Diagnostic> findings, LintSettings settings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(settings);
        var result = new List<Diagnostic>();
        foreach (var finding in findings)
        {
            if (settings.Ignored.Contains(finding.Code, StringComparer.OrdinalIgnoreCase)) continue;
            var severity = finding.Severity;
            foreach (var pair in settings.SeverityOverrides)
                if (string.Equals(pair.Key, finding.Code, StringComparison.OrdinalIgnoreCase)) severity = pair.Value;
            result.Add(severity == finding.Severity ? finding : finding with { Severity = severity });
        }
        return result.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ThenBy(d => d.Code, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Grades findings that come from outside the rule set (ShellCheck's SCxxxx) exactly as rule findings are graded:
    /// the settings' ignore list and severity overrides, and the file's <c># hadolint ignore=</c> and global pragmas.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Grade(DockerfileDocument document, IEnumerable<Diagnostic> findings, LintSettings settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(settings);
        var pragmas = Pragmas.Read(document.Syntax);
        var result = new List<Diagnostic>();
        foreach (var finding in findings)
            if (Apply(finding, settings, pragmas) is { } adjusted) result.Add(adjusted);
        return result.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ThenBy(d => d.Code, StringComparer.Ordinal).ToArray();
    }

    /// <summary>True when any finding is at or above the settings' failure threshold.</summary>
    public static bool Fails(IEnumerable<Diagnostic> diagnostics, LintSettings settings) =>
        settings.FailureThreshold is { } threshold && diagnostics.Any(d => d.Severity >= threshold);

    private static Diagnostic? Apply(Diagnostic diagnostic, LintSettings settings, Pragmas pragmas)
    {
        var rule = RuleRegistry.Find(diagnostic.Code);
        bool Named(string id) => rule?.IsNamed(id) ?? string.Equals(diagnostic.Code, id, StringComparison.OrdinalIgnoreCase);

        if (settings.Ignored.Any(Named) || pragmas.GlobalIgnores.Any(Named)) return null;
        if (!settings.DisableIgnorePragma && pragmas.IgnoredAt(diagnostic.Span.Start).Any(Named)) return null;
        var buildKit = rule?.IsBuildKitCheck ?? RuleFamilies.Of(diagnostic.Code) == RuleFamily.BuildKit;
        if (buildKit && pragmas.CheckSkips.Any(skip => skip.Equals("all", StringComparison.OrdinalIgnoreCase) || Named(skip))) return null;

        var severity = diagnostic.Severity;
        if (buildKit && pragmas.CheckErrors && severity == Severity.Warning) severity = Severity.Error;
        foreach (var pair in settings.SeverityOverrides)
            if (Named(pair.Key)) severity = pair.Value;
        return severity == diagnostic.Severity ? diagnostic : diagnostic with { Severity = severity };
    }

    private static bool IsIgnored(RuleDescriptor rule, IReadOnlyList<string> ignored) => ignored.Any(rule.IsNamed);
}
