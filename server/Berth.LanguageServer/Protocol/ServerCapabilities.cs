using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// What the server offers, answered to <c>initialize</c>. Assembled from the registered handlers, each
/// adding the capability of its own method (see HandlerRegistry), so nothing unimplemented is advertised.
/// Capabilities without a typed property are set by name through <see cref="Set"/>.
/// </summary>
public sealed class ServerCapabilities
{
    public string PositionEncoding { get; set; } = "utf-16";

    public TextDocumentSyncOptions? TextDocumentSync { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JToken> Features { get; } = new SortedDictionary<string, JToken>(StringComparer.Ordinal);

    /// <summary>
    /// Sets a capability by its LSP name, as JSON: <c>Set("hoverProvider", true)</c>, <c>Set("renameProvider",
    /// new JObject { ["prepareProvider"] = true })</c>. JSON rather than objects the serializer reads by reflection:
    /// the capabilities are built while the editor waits for the initialize answer, in a fresh process where each
    /// type's first serialization costs a millisecond or more (bench/RESULTS.md).
    /// </summary>
    public void Set(string name, JToken value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        Features[name] = value;
    }

    /// <summary>The capability set under <paramref name="name"/>, or null.</summary>
    public JToken? Get(string name) => Features.TryGetValue(name, out var value) ? value : null;
}
