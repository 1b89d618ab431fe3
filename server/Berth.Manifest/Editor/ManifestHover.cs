using System.Text;
using System.Text.Json.Nodes;
using Berth.Dockerfile.Text;
using Berth.Manifest.CrossChecks;
using Berth.Manifest.Schema;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Editor;

/// <summary>Hover text (Markdown) and the span it is about.</summary>
public sealed record ManifestHoverInfo(string Markdown, TextSpan Span);

/// <summary>Hover on a manifest key or value: the schema's description, default and examples; a region's name; a stage's FROM.</summary>
public static class ManifestHover
{
    public static ManifestHoverInfo? Hover(ManifestDocument document, int offset, DockerfileFacts? dockerfile = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = ManifestNodeFinder.Find(document.Root, offset);
        if (found is null) return null;
        var schema = ManifestSchema.Instance;
        var propertySchema = SchemaWalk.ForInstance(schema, found.Path.Segments);
        // A list item's schema says only its type and pattern; the list's own schema describes it.
        if (found.Path.Segments is [.., int] && SchemaWalk.String(propertySchema, "markdownDescription") is null)
        {
            var list = SchemaWalk.ForInstance(schema, found.Path.Segments.Take(found.Path.Segments.Count - 1));
            if (list is not null && propertySchema is not null)
            {
                propertySchema = (System.Text.Json.Nodes.JsonObject)propertySchema.DeepClone();
                propertySchema["markdownDescription"] = SchemaWalk.String(list, "markdownDescription");
            }
        }
        var text = new StringBuilder();
        text.Append("**").Append(found.Path).Append("**");
        if (found.OnValue && found.Node is ScalarNode scalar)
        {
            var valueNote = ValueNote(found.Path, scalar.Value, propertySchema, dockerfile);
            if (valueNote is not null) text.Append(" = `").Append(scalar.Value).Append("`\n\n").Append(valueNote);
            else if (SchemaWalk.String(propertySchema, "markdownDescription") is { } valueDescription) text.Append("\n\n").Append(valueDescription);
            else return null;
            return new ManifestHoverInfo(text.ToString(), scalar.Span);
        }
        if ((SchemaWalk.String(propertySchema, "markdownDescription") ?? SchemaWalk.String(propertySchema, "description")) is not { } description) return null;
        text.Append("\n\n").Append(description);
        // A null default means "unset"; the description says what Berth does then.
        if (propertySchema?["default"] is JsonNode defaultValue) text.Append("\n\nDefault: `").Append(defaultValue.ToJsonString()).Append('`');
        if (propertySchema?["examples"] is JsonArray { Count: > 0 } examples) text.Append("\n\nExample: `").Append(examples[0]!.ToJsonString()).Append('`');
        return new ManifestHoverInfo(text.ToString(), found.Span);
    }

    private static string? ValueNote(ManifestPath path, string value, JsonObject? schema, DockerfileFacts? dockerfile)
    {
        if (schema?["enum"] is JsonArray values && schema["enumDescriptions"] is JsonArray descriptions)
        {
            for (var i = 0; i < values.Count && i < descriptions.Count; i++)
            {
                if (values[i]?.ToJsonString().Trim('"') == value) return descriptions[i]?.GetValue<string>();
            }
        }
        if (path.ToString() == "build.target" && dockerfile?.Stage(value) is { } stage)
        {
            return $"Stage {stage.Index + 1} of the Dockerfile: `FROM {stage.BaseImage} AS {stage.Name}`";
        }
        return null;
    }
}
