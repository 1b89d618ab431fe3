using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;
using Berth.LanguageServer.Protocol;
using CoreDiagnostic = Berth.Dockerfile.Diagnostics.Diagnostic;
using LspDiagnostic = Berth.LanguageServer.Protocol.Diagnostic;
using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Diagnostics;

/// <summary>Translates the core's diagnostics into LSP diagnostics; decides nothing about what is reported.</summary>
public static class DiagnosticConverter
{
    public const string Source = "berth";

    // A rule's help link is one Uri shared by its findings (RuleDescriptor), so its LSP form is made once too: a
    // 50,000-line file has ~16,000 findings, and a link string each was 2.5 MB kept for as long as they are.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Uri, CodeDescription> Descriptions = [];

    public static LspDiagnostic ToLsp(CoreDiagnostic diagnostic, LineIndex lines)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(lines);
        return new LspDiagnostic(ToRange(lines.RangeOf(diagnostic.Span)), ToLsp(diagnostic.Severity), diagnostic.Code, Source, diagnostic.Message)
        {
            CodeDescription = diagnostic.HelpUri is { } help ? Descriptions.GetValue(help, static uri => new CodeDescription(uri.ToString())) : null,
            Tags = ToTags(diagnostic.Tags),
        };
    }

    public static LspRange ToRange(LineRange range) =>
        new(new Position(range.Start.Line, range.Start.Character), new Position(range.End.Line, range.End.Character));

    // Hadolint's "style" has no LSP equivalent; Hint is the quietest level editors render.
    public static DiagnosticSeverity ToLsp(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Info => DiagnosticSeverity.Information,
        _ => DiagnosticSeverity.Hint,
    };

    private static IReadOnlyList<DiagnosticTag>? ToTags(DiagnosticTags tags)
    {
        if (tags == DiagnosticTags.None) return null;
        var list = new List<DiagnosticTag>(2);
        if (tags.HasFlag(DiagnosticTags.Unnecessary)) list.Add(DiagnosticTag.Unnecessary);
        if (tags.HasFlag(DiagnosticTags.Deprecated)) list.Add(DiagnosticTag.Deprecated);
        return list;
    }
}
