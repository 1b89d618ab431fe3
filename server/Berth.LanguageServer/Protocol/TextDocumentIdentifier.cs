namespace Berth.LanguageServer.Protocol;

/// <summary>Names a document by its URI, kept as the client sent it (never normalised, so it matches the client's key).</summary>
public record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version) : TextDocumentIdentifier(Uri);
