namespace Berth.LanguageServer.Protocol;

/// <summary>One file the client saw change: 1 created, 2 changed, 3 deleted.</summary>
public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);
