namespace Berth.LanguageServer.Protocol;

/// <summary>LSP Position: 0-based line and 0-based UTF-16 column (the default position encoding).</summary>
public sealed record Position(int Line, int Character);
