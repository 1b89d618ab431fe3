using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// The one JSON configuration for LSP types: camelCase property names (dictionary keys untouched, since
/// they are data such as settings keys), nulls omitted (LSP treats absent and null alike for optional fields).
/// </summary>
public static class LspSerializer
{
    public static void Configure(JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        serializer.ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() };
        serializer.NullValueHandling = NullValueHandling.Ignore;
        // Reject nothing unknown: clients send newer fields than we type.
        serializer.MissingMemberHandling = MissingMemberHandling.Ignore;
    }

    public static JsonSerializer Instance { get; } = Create();

    private static JsonSerializer Create()
    {
        var serializer = new JsonSerializer();
        Configure(serializer);
        return serializer;
    }
}
