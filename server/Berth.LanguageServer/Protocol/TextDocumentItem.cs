namespace Berth.LanguageServer.Protocol;

/// <summary>A document the client opened: its URI, language id, version and full text.</summary>
public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);
