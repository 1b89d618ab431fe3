namespace Berth.LanguageServer.Protocol;

/// <summary>One edit: with a range it replaces that range (incremental sync), without one it is the whole new text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);
