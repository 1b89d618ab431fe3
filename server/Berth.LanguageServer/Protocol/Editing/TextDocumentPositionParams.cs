using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Protocol.Editing;

/// <summary>A document and a position in it: the params of hover, definition, highlight, prepareRename, ...</summary>
public record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>Params naming only a document (documentSymbol, foldingRange, documentLink, semanticTokens/full).</summary>
public sealed record DocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>Params naming a document and a range (semanticTokens/range, inlayHint).</summary>
public sealed record DocumentRangeParams(TextDocumentIdentifier TextDocument, LspRange Range);

/// <summary>A place in a document.</summary>
public sealed record Location(string Uri, LspRange Range);

/// <summary>A text edit in LSP terms.</summary>
public sealed record LspTextEdit(LspRange Range, string NewText);

/// <summary>Markdown (or plain text) for hover and documentation.</summary>
public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
