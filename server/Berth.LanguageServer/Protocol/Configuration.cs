using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Protocol;

/// <summary>workspace/didChangeConfiguration: settings pushed by the client (null when it expects us to pull).</summary>
public sealed record DidChangeConfigurationParams(JToken? Settings);

/// <summary>workspace/configuration: the server asks the client for the named sections.</summary>
public sealed record ConfigurationParams(IReadOnlyList<ConfigurationItem> Items);

public sealed record ConfigurationItem(string? ScopeUri, string? Section);
