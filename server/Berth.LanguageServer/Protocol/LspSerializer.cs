using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// The one JSON configuration for LSP types: camelCase property names (dictionary keys untouched, since
/// they are data such as settings keys), nulls omitted (LSP treats absent and null alike for optional fields).
/// Diagnostics are written from their cached text (<see cref="DiagnosticJsonConverter"/>), which is the text these
/// settings give them.
/// </summary>
public static class LspSerializer
{
    public static void Configure(JsonSerializer serializer)
    {
        ConfigurePlain(serializer);
        serializer.Converters.Add(new DiagnosticJsonConverter());
    }

    /// <summary>The settings without the diagnostic cache: what a diagnostic's cached text is written with.</summary>
    internal static JsonSerializer CreatePlain()
    {
        var serializer = new JsonSerializer();
        ConfigurePlain(serializer);
        return serializer;
    }

    private static void ConfigurePlain(JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        serializer.ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() };
        serializer.NullValueHandling = NullValueHandling.Ignore;
        // Reject nothing unknown: clients send newer fields than we type.
        serializer.MissingMemberHandling = MissingMemberHandling.Ignore;
    }

    public static JsonSerializer Instance { get; } = Create();

    /// <summary>
    /// The value as JSON text wrapped in a <see cref="JRaw"/>, for StreamJsonRpc to copy into the message as is.
    /// Why: its formatter turns every message into a JToken tree and then writes that tree; a result handed over
    /// as a tree (JToken.FromObject) is deep-copied into the message's tree first, so a large answer (thousands
    /// of diagnostics, symbols or tokens) was built three times. Raw text is written once, with the same settings,
    /// so the bytes on the wire are those the tree would have produced.
    /// </summary>
    public static JToken ToRaw(object? value)
    {
        if (value is null) return JValue.CreateNull();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            Instance.Serialize(writer, value);
        }
        return new JRaw(text.ToString());
    }

    /// <summary>
    /// Notification params as a JSON object whose property values are raw JSON text (<see cref="ToRaw"/>), with
    /// the names, order and omitted nulls the serializer would give them. StreamJsonRpc insists that params be
    /// an object tree, so only the top level is built as one; what lies below (a publish's thousands of
    /// diagnostics) is written once. Types this cannot mirror exactly (converters, extension data) are built
    /// the ordinary way.
    /// </summary>
    public static JToken ToRawObject(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is JToken token) return token;
        if (Instance.ContractResolver.ResolveContract(value.GetType()) is not JsonObjectContract contract
            || contract.Converter is not null || contract.ExtensionDataGetter is not null
            || contract.Properties.Any(p => p.Converter is not null || p.ShouldSerialize is not null || p.DefaultValueHandling is not null && p.DefaultValueHandling != DefaultValueHandling.Include))
        {
            return JToken.FromObject(value, Instance);
        }
        var json = new JObject();
        foreach (var property in contract.Properties)
        {
            if (property.Ignored || !property.Readable || property.PropertyName is null) continue;
            var item = property.ValueProvider!.GetValue(value);
            if (item is null && (property.NullValueHandling ?? Instance.NullValueHandling) == NullValueHandling.Ignore) continue;
            json[property.PropertyName] = ToRaw(item);
        }
        return json;
    }

    private static JsonSerializer Create()
    {
        var serializer = new JsonSerializer();
        Configure(serializer);
        return serializer;
    }
}
