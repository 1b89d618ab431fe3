namespace Berth.Benchmarks.Lsp;

/// <summary>One measured step of the replayed editor session, in the order the session runs them.</summary>
public sealed record SessionStep(string Name, string? Method, string? Capability)
{
    public static SessionStep Initialize { get; } = new("initialize (start → answer)", "initialize", null);
    public static SessionStep OpenToDiagnostics { get; } = new("open → diagnostics", null, null);
    public static SessionStep EditToDiagnostics { get; } = new("edit → diagnostics", null, null);
    public static SessionStep Completion { get; } = new("completion", "textDocument/completion", "completionProvider");
    public static SessionStep Hover { get; } = new("hover", "textDocument/hover", "hoverProvider");
    public static SessionStep DocumentSymbol { get; } = new("documentSymbol", "textDocument/documentSymbol", "documentSymbolProvider");
    public static SessionStep Formatting { get; } = new("formatting", "textDocument/formatting", "documentFormattingProvider");
    public static SessionStep FoldingRange { get; } = new("foldingRange", "textDocument/foldingRange", "foldingRangeProvider");
    public static SessionStep SemanticTokens { get; } = new("semanticTokens/full", "textDocument/semanticTokens/full", "semanticTokensProvider");

    /// <summary>Every step in session order; semantic tokens last, because a slow one holds up whatever follows.</summary>
    public static IReadOnlyList<SessionStep> All { get; } =
        [Initialize, OpenToDiagnostics, EditToDiagnostics, Completion, Hover, DocumentSymbol, Formatting, FoldingRange, SemanticTokens];

    public override string ToString() => Name;
}
