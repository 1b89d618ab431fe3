using Berth.Dockerfile.Diagnostics;

namespace Berth.Workspace.Linting;

/// <summary>
/// What the user asked of a lint run, from CLI flags or editor settings: rules to ignore and rules whose
/// severity they changed. Rule ids compare case-insensitively ("dl3006" ignores DL3006).
/// Bridge until the core's LintSettings exists: then these map onto it and this filter goes away.
/// </summary>
public sealed record LintOptions
{
    public static LintOptions Default { get; } = new();

    public IReadOnlySet<string> IgnoredRules { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The findings that remain after ignoring and re-grading, in their original order.</summary>
    public IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (IgnoredRules.Count == 0 && SeverityOverrides.Count == 0) return diagnostics;
        var kept = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (IgnoredRules.Contains(diagnostic.Code)) continue;
            kept.Add(SeverityOverrides.TryGetValue(diagnostic.Code, out var severity) ? diagnostic with { Severity = severity } : diagnostic);
        }
        return kept;
    }
}
