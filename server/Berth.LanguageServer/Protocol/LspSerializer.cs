using System.Collections.Concurrent;
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
    }

    private static DefaultContractResolver CamelCase() => new() { NamingStrategy = new CamelCaseNamingStrategy() };

    private static void ConfigurePlain(JsonSerializer serializer, IContractResolver contracts)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        serializer.ContractResolver = contracts;
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
    /// A result or notification params in the form StreamJsonRpc writes with the least work: raw text
    /// (<see cref="ToRaw"/>), except for diagnostics. A list of diagnostics becomes an array of their cached texts
    /// (<see cref="DiagnosticJsonCache"/>), one <see cref="JRaw"/> each, and an object holding such a list (a publish's
    /// params, a pull report) an object of raw members (<see cref="ToRawObject"/>). Why: a publish at 10,000 lines is
    /// a megabyte of JSON; assembled into one string it is a new large-object-heap allocation per keystroke, and
    /// those cost full collections of the whole heap (the profile measured ~14 ms a publish, against ~2 ms for
    /// the fragments). StreamJsonRpc copies the small tree twice, but a JRaw's text only by reference, and writes
    /// each fragment straight into its UTF-8 buffer, so the bytes on the wire stay those of the serializer.
    /// </summary>
    public static JToken ToWire(object? value) => value switch
    {
        null => JValue.CreateNull(),
        IEnumerable<Diagnostic> diagnostics => DiagnosticArray(diagnostics),
        _ when HoldsDiagnostics(value.GetType()) => ToRawObject(value),
        _ => ToRaw(value),
    };

    private static readonly ConcurrentDictionary<Type, bool> DiagnosticHolders = new();

    private static JArray DiagnosticArray(IEnumerable<Diagnostic> diagnostics)
    {
        var array = new JArray();
        foreach (var text in DiagnosticJsonCache.TextsOf(diagnostics as IReadOnlyList<Diagnostic> ?? [.. diagnostics])) array.Add(new JRaw(text));
        return array;
    }

    private static bool HoldsDiagnostics(Type type) => DiagnosticHolders.GetOrAdd(type, static t =>
        Instance.ContractResolver.ResolveContract(t) is JsonObjectContract contract
        && contract.Properties.Any(p => p.PropertyType is { } declared && typeof(IEnumerable<Diagnostic>).IsAssignableFrom(declared)));

    /// <summary>
    /// Notification params as a JSON object whose property values are raw JSON text (<see cref="ToWire"/>), with
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
            json[property.PropertyName] = ToWire(item);
        }
        return json;
    }

    private static JsonSerializer Create()
    {
        var serializer = new JsonSerializer();
        Configure(serializer, Contracts);
        return serializer;
    }
}
