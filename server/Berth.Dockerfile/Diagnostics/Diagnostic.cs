using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Diagnostics;

/// <summary>
/// One finding about a document: a stable rule id (<see cref="Code"/>, e.g. "BER0001", "DL3006",
/// "JSONArgsRecommended"), the exact span of the offending token, a severity and a one-sentence message.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, TextSpan Span, string Message)
{
    /// <summary>Tags the editor can render (faded for unnecessary code, struck through for deprecated).</summary>
    public DiagnosticTags Tags { get; init; }

    /// <summary>Where the rule's documentation lives (docs/rules/&lt;id&gt;.md), when it has a page.</summary>
    public Uri? HelpUri { get; init; }

    /// <summary>Fixes for this finding, as data; the editor offers them as quick fixes.</summary>
    public IReadOnlyList<CodeFix> Fixes { get; init; } = [];

    /// <summary>Every span the finding holds: its own, then each fix's edits'.</summary>
    public IEnumerable<TextSpan> Spans => Fixes.SelectMany(f => f.Edits).Select(e => e.Span).Prepend(Span);

    /// <summary>The same finding with every span (its own and its fixes' edits') passed through <paramref name="map"/>.</summary>
    public Diagnostic WithSpansMapped(Func<TextSpan, TextSpan> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with
        {
            Span = map(Span),
            Fixes = Fixes.Count == 0 ? Fixes : Fixes.Select(f => f with { Edits = f.Edits.Select(e => e with { Span = map(e.Span) }).ToArray() }).ToArray(),
        };
    }
}

[Flags]
public enum DiagnosticTags
{
    None = 0,
    Unnecessary = 1,
    Deprecated = 2,
}
