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
}

[Flags]
public enum DiagnosticTags
{
    None = 0,
    Unnecessary = 1,
    Deprecated = 2,
}
