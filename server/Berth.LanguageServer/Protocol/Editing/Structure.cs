using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Protocol.Editing;

public sealed record DocumentSymbol(string Name, string? Detail, int Kind, LspRange Range, LspRange SelectionRange, IReadOnlyList<DocumentSymbol>? Children);

/// <summary>Kind: "comment" or "region" (null for a plain fold).</summary>
public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

public sealed record SelectionRangeParams(TextDocumentIdentifier TextDocument, IReadOnlyList<Position> Positions);

public sealed record SelectionRange(LspRange Range, SelectionRange? Parent);

public sealed record DocumentLink(LspRange Range, string Target, string? Tooltip);

/// <summary>Kind 1 = type, 2 = parameter.</summary>
public sealed record InlayHint(Position Position, string Label, int? Kind, string? Tooltip, bool PaddingLeft);

public sealed record ParameterInformation(string Label);

public sealed record SignatureInformation(string Label, MarkupContent? Documentation, IReadOnlyList<ParameterInformation> Parameters);

public sealed record SignatureHelp(IReadOnlyList<SignatureInformation> Signatures, int ActiveSignature, int ActiveParameter);
