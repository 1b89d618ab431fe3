using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// What the client can do. Only the parts Berth reads are typed; the rest stays as JSON in
/// <see cref="Other"/> so a handler can look up a capability without a new type.
/// </summary>
public sealed class ClientCapabilities
{
    public WorkspaceClientCapabilities? Workspace { get; init; }

    public JObject? TextDocument { get; init; }

    public JObject? Window { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JToken>? Other { get; init; }

    /// <summary>True when the client answers <c>workspace/configuration</c> requests.</summary>
    [JsonIgnore]
    public bool SupportsConfigurationRequest => Workspace?.Configuration == true;

    /// <summary>
    /// True when the client pulls diagnostics (textDocument/diagnostic) and can be asked to pull again
    /// (workspace/diagnostic/refresh): such a client gets pulled diagnostics only, never the same ones pushed too.
    /// </summary>
    [JsonIgnore]
    public bool PullsDiagnostics => TextDocument?["diagnostic"] is JObject && WorkspaceFlag("diagnostics", "refreshSupport");

    /// <summary>Reads a boolean capability under workspace, e.g. ("didChangeWatchedFiles", "dynamicRegistration").</summary>
    public bool WorkspaceFlag(string section, string path) =>
        Workspace?.Other?.TryGetValue(section, out var token) == true && token.SelectToken(path) is { Type: JTokenType.Boolean } flag && flag.Value<bool>();

    /// <summary>Reads a boolean capability under textDocument by its JSON path, e.g. "publishDiagnostics.versionSupport".</summary>
    public bool TextDocumentFlag(string path) => TextDocument?.SelectToken(path)?.Type == JTokenType.Boolean && TextDocument.SelectToken(path)!.Value<bool>();
}

public sealed class WorkspaceClientCapabilities
{
    public bool? Configuration { get; init; }

    public JObject? DidChangeConfiguration { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JToken>? Other { get; init; }
}
