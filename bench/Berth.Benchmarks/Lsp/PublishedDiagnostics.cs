namespace Berth.Benchmarks.Lsp;

/// <summary>A textDocument/publishDiagnostics notification as received: for which document and version, and when.</summary>
public sealed record PublishedDiagnostics(string Uri, int? Version, int Count, long ReceivedTimestamp);
