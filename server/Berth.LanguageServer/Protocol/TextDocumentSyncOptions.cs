namespace Berth.LanguageServer.Protocol;

public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

/// <summary>How the client sends document changes to us: open/close notifications and incremental edits.</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change);
