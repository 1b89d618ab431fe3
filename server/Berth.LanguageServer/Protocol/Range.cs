namespace Berth.LanguageServer.Protocol;

/// <summary>LSP Range: [Start, End) in positions.</summary>
public sealed record Range(Position Start, Position End);
