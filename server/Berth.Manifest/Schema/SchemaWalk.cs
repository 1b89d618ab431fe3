using System.Text.Json.Nodes;

namespace Berth.Manifest.Schema;

/// <summary>Finds raw sub-schemas: along a validator's evaluation path, or along an instance path.</summary>
public static class SchemaWalk
{
    /// <summary>
    /// Follows an evaluation path ("/properties/run/$ref/properties/ports/items") from the schema root;
    /// "$ref" steps into the referenced definition. A segment repeated by the validator's output is tolerated.
    /// </summary>
    public static JsonObject? AlongEvaluationPath(ManifestSchema schema, IEnumerable<string> segments)
    {
        JsonNode? node = schema.Raw;
        string? previous = null;
        foreach (var segment in segments)
        {
            JsonNode? next = segment == "$ref" && node is JsonObject withRef && withRef["$ref"]?.GetValue<string>() is { } reference
                ? schema.At(reference.TrimStart('#'))
                : node switch
                {
                    JsonObject obj => obj[segment],
                    JsonArray array when int.TryParse(segment, out var index) && index < array.Count => array[index],
                    _ => null,
                };
            if (next is null && segment == previous) continue;
            node = next;
            previous = segment;
            if (node is null) return null;
        }
        return node as JsonObject;
    }

    /// <summary>
    /// The sub-schema describing the value at an instance path (property names and list indexes), stepping
    /// through properties, additionalProperties and items; null where the schema says nothing.
    /// </summary>
    public static JsonObject? ForInstance(ManifestSchema schema, IEnumerable<object> path)
    {
        var node = schema.Raw as JsonObject;
        foreach (var segment in path)
        {
            node = schema.Deref(node);
            if (node is null) return null;
            node = segment switch
            {
                int => node["items"] as JsonObject,
                string name => node["properties"]?[name] as JsonObject ?? node["additionalProperties"] as JsonObject,
                _ => null,
            };
        }
        return schema.Deref(node);
    }

    /// <summary>The property names a map's schema allows (empty when it allows any name).</summary>
    public static IReadOnlyList<string> PropertyNames(JsonObject? objectSchema) =>
        objectSchema?["properties"] is JsonObject properties ? properties.Select(p => p.Key).ToList() : [];

    public static string? String(JsonObject? schema, string keyword) =>
        schema?[keyword] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
