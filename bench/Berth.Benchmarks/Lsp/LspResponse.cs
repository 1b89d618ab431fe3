using System.Text.Json.Nodes;

namespace Berth.Benchmarks.Lsp;

/// <summary>The answer to one request: its result or error, and the Stopwatch timestamp at which its last byte arrived.</summary>
public sealed record LspResponse(JsonNode? Result, int? ErrorCode, string? ErrorMessage, long ReceivedTimestamp)
{
    public const int MethodNotFound = -32601;

    public bool IsError => ErrorCode is not null;
}
