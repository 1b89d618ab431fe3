using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Protocol;

/// <summary>The client's first request: who it is, what it can do, and options for us.</summary>
public sealed class InitializeParams
{
    public int? ProcessId { get; init; }

    public ClientInfo? ClientInfo { get; init; }

    public string? RootUri { get; init; }

    public ClientCapabilities Capabilities { get; init; } = new();

    /// <summary>Berth settings the client may pass at start-up (the same shape as the "berth" configuration section).</summary>
    public JToken? InitializationOptions { get; init; }

    public string? Trace { get; init; }
}

public sealed record ClientInfo(string Name, string? Version);
