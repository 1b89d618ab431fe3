using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Protocol.Editing;

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context)
    : TextDocumentPositionParams(TextDocument, Position);

/// <summary>Kind: 1 text, 2 read, 3 write.</summary>
public sealed record DocumentHighlight(LspRange Range, int Kind);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record PrepareRenameResult(LspRange Range, string Placeholder);

public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<LspTextEdit>> Changes);

public sealed record LinkedEditingRanges(IReadOnlyList<LspRange> Ranges, string? WordPattern);

public sealed record WorkspaceSymbolParams(string? Query);

public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

/// <summary>LSP SymbolKind values we use.</summary>
public static class SymbolKinds
{
    public const int Module = 2, Namespace = 3, Class = 5, Method = 6, Property = 7, Field = 8, Function = 12, Variable = 13,
        Constant = 14, String = 15, Key = 20, Event = 24, Operator = 25;
}
