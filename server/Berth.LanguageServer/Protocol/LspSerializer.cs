using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// The one JSON configuration for LSP types: camelCase property names (dictionary keys untouched, since
/// they are data such as settings keys), nulls omitted (LSP treats absent and null alike for optional fields).
/// Diagnostics are written from their cached text (<see cref="DiagnosticJsonConverter"/>, <see cref="DiagnosticListJsonConverter"/>),
/// which is the text these settings give them. What goes to the client is written with it once, to UTF-8 (<see cref="EncodedJson"/>).
/// </summary>
public static class LspSerializer
{
    // One contract cache for this class's own serializers (Instance and the diagnostic cache's): a type's contract
    // is built by reflection once, not once per serializer, which a fresh server process pays on its first answers.
    // Converters are not part of a contract, so the two still differ in those. The resolver is thread-safe. Other
    // serializers (StreamJsonRpc's) get their own: its formatter wraps the resolver and may change contracts.
    private static readonly DefaultContractResolver Contracts = CamelCase();

    public static void Configure(JsonSerializer serializer) => Configure(serializer, CamelCase());

    /// <summary>The settings without the diagnostic cache: what a diagnostic's cached text is written with.</summary>
    internal static JsonSerializer CreatePlain()
    {
        var serializer = new JsonSerializer();
        ConfigurePlain(serializer, Contracts);
        return serializer;
    }

    private static void Configure(JsonSerializer serializer, IContractResolver contracts)
    {
        ConfigurePlain(serializer, contracts);
        serializer.Converters.Add(new DiagnosticJsonConverter());
        serializer.Converters.Add(new DiagnosticListJsonConverter());
    }

    private static DefaultContractResolver CamelCase() => new() { NamingStrategy = new CamelCaseNamingStrategy() };

    private static void ConfigurePlain(JsonSerializer serializer, IContractResolver contracts)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        serializer.ContractResolver = contracts;
        serializer.NullValueHandling = NullValueHandling.Ignore;
        // Reject nothing unknown: clients send newer fields than we type.
        serializer.MissingMemberHandling = MissingMemberHandling.Ignore;
        // Writes exactly what the contract would, only faster; so the diagnostic texts written with these settings too.
        serializer.Converters.Add(new RangeJsonConverter());
        serializer.Converters.Add(new TextEditJsonConverter());
        serializer.Converters.Add(new DocumentSymbolJsonConverter());
    }

    public static JsonSerializer Instance { get; } = Create();

    private static JsonSerializer Create()
    {
        var serializer = new JsonSerializer();
        Configure(serializer, Contracts);
        return serializer;
    }
}
