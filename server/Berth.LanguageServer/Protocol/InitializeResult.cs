namespace Berth.LanguageServer.Protocol;

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version);
