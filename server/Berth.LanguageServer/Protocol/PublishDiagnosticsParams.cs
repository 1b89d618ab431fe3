namespace Berth.LanguageServer.Protocol;

/// <summary>textDocument/publishDiagnostics: the full list for one document version (empty clears it).</summary>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);
