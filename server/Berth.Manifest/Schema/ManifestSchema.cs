using System.Text.Json.Nodes;
using Json.Schema;

namespace Berth.Manifest.Schema;

/// <summary>
/// schemas/berth.schema.json, embedded in this assembly: compiled once for validation, and kept as raw JSON
/// so that messages, completion and hover read the same descriptions, enums and patterns the editor sees.
/// </summary>
public sealed class ManifestSchema
{
    private static readonly Lazy<ManifestSchema> s_instance = new(Load);

    private ManifestSchema(string text, JsonSchema compiled, JsonObject raw)
    {
        Text = text;
        Compiled = compiled;
        Raw = raw;
    }

    public static ManifestSchema Instance => s_instance.Value;

    /// <summary>The schema file's text, byte for byte as published.</summary>
    public string Text { get; }

    public JsonSchema Compiled { get; }

    public JsonObject Raw { get; }

    private static ManifestSchema Load()
    {
        using var stream = typeof(ManifestSchema).Assembly.GetManifestResourceStream("Berth.Manifest.berth.schema.json")
            ?? throw new InvalidOperationException("The manifest schema is missing from Berth.Manifest; the build must embed schemas/berth.schema.json.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        // A registry of its own, so that loading the schema never collides with another copy registered globally.
        var compiled = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var raw = JsonNode.Parse(text)!.AsObject();
        return new ManifestSchema(text, compiled, raw);
    }

    /// <summary>The raw sub-schema at a JSON pointer into the schema ("/$defs/run/properties/ports"), following one $ref.</summary>
    public JsonObject? At(string pointer)
    {
        JsonNode? node = Raw;
        foreach (var part in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(part).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj => obj[name],
                JsonArray array when int.TryParse(name, out var index) && index < array.Count => array[index],
                _ => null,
            };
            if (node is null) return null;
        }
        return Deref(node as JsonObject);
    }

    /// <summary>Follows a local "$ref" ("#/$defs/x"), keeping the referring schema's own description when it has one.</summary>
    public JsonObject? Deref(JsonObject? schema)
    {
        if (schema?["$ref"]?.GetValue<string>() is not { } reference || !reference.StartsWith("#/", StringComparison.Ordinal)) return schema;
        var target = At(reference[1..]);
        if (target is null) return schema;
        var merged = (JsonObject)target.DeepClone();
        foreach (var (key, value) in schema)
        {
            if (key != "$ref") merged[key] = value?.DeepClone();
        }
        return merged;
    }
}
