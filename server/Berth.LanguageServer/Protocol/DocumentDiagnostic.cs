namespace Berth.LanguageServer.Protocol;

/// <summary>textDocument/diagnostic (pull diagnostics) request.</summary>
public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier, string? PreviousResultId);

/// <summary>A full report: every diagnostic of the document as it is now.</summary>
public sealed record FullDocumentDiagnosticReport(IReadOnlyList<Diagnostic> Items)
{
    public string Kind => "full";
}
