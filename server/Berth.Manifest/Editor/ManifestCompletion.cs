using System.Text.Json.Nodes;
using Berth.Dockerfile.Text;
using Berth.Manifest.CrossChecks;
using Berth.Manifest.Model;
using Berth.Manifest.Schema;
using Berth.Manifest.Syntax;
using Berth.Manifest.Templates;

namespace Berth.Manifest.Editor;

public enum ManifestCompletionKind
{
    Property,
    Value,
    Stage,
    BuildArg,
}

/// <summary>One completion proposal: the text inserted over <see cref="ReplaceSpan"/>, with the schema's documentation.</summary>
public sealed record ManifestCompletionItem(string Label, ManifestCompletionKind Kind, string InsertText, TextSpan ReplaceSpan, string? Detail, string? Documentation);

/// <summary>
/// Completion in a manifest: keys and enum values from the schema (regions with their names), Dockerfile
/// stage names for `build.target`, ARG names for `build.args`, and tag placeholders for `image.tag`.
/// </summary>
public static class ManifestCompletion
{
    public static IReadOnlyList<ManifestCompletionItem> Complete(ManifestDocument document, int offset, DockerfileFacts? dockerfile = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var schema = ManifestSchema.Instance;
        var context = CursorContext.At(document, offset);
        if (context.InComment) return [];
        var path = context.MapPath.Segments.Select(s => s is int ? (object)0 : s).ToList();
        if (!context.IsValue) return Keys(document, schema, context, path, dockerfile);
        if (context.Key is null) return [];
        var items = new List<ManifestCompletionItem>();
        var valueSchema = SchemaWalk.ForInstance(schema, [.. path, context.Key]);
        var quoted = document.Format == ManifestFormat.Json;
        string Insert(string value) => quoted ? $"\"{value}\"" : value;

        if (IsPath(path, "build") && context.Key == "target" && dockerfile is not null)
        {
            foreach (var stage in dockerfile.Stages.Where(s => s.Name is not null))
            {
                items.Add(new(stage.Name!, ManifestCompletionKind.Stage, Insert(stage.Name!), context.ReplaceSpan, $"FROM {stage.BaseImage}", $"Stage {stage.Index + 1} of the Dockerfile."));
            }
        }
        if (IsPath(path, "run") && context.Key == "ports" && dockerfile is not null)
        {
            items.AddRange(ExposedPorts(document, context, dockerfile));
        }
        if (IsPath(path, "image") && context.Key == "tag")
        {
            foreach (var placeholder in ImageTagTemplate.Placeholders)
            {
                items.Add(new("{" + placeholder + "}", ManifestCompletionKind.Value, $"\"{{{placeholder}}}\"", context.ReplaceSpan, "tag placeholder", "Replaced when the image is built."));
            }
        }
        if (valueSchema?["enum"] is JsonArray values)
        {
            var descriptions = valueSchema["enumDescriptions"] as JsonArray;
            for (var i = 0; i < values.Count; i++)
            {
                // null in an enum only allows unsetting the value; it is not proposed.
                if (values[i] is null) continue;
                var value = values[i]!.ToJsonString().Trim('"');
                var description = descriptions is not null && i < descriptions.Count ? descriptions[i]?.GetValue<string>() : null;
                var isString = values[i] is JsonValue v && v.TryGetValue<string>(out _);
                items.Add(new(value, ManifestCompletionKind.Value, isString ? Insert(value) : value, context.ReplaceSpan, description, SchemaWalk.String(valueSchema, "markdownDescription")));
            }
        }
        else if (TypeOf(valueSchema).Contains("boolean"))
        {
            foreach (var value in new[] { "true", "false" })
            {
                items.Add(new(value, ManifestCompletionKind.Value, value, context.ReplaceSpan, null, SchemaWalk.String(valueSchema, "markdownDescription")));
            }
        }
        return items;
    }

    private static List<ManifestCompletionItem> Keys(ManifestDocument document, ManifestSchema schema, CursorContext context, List<object> path, DockerfileFacts? dockerfile)
    {
        var items = new List<ManifestCompletionItem>();
        var present = (new ManifestPath(context.MapPath.Segments).Resolve(document.Root) as MappingNode)?.Properties.Select(p => p.Name).ToHashSet() ?? [];
        var quoted = document.Format == ManifestFormat.Json;
        if (IsPath(path, "build", "args") && dockerfile is not null)
        {
            var names = dockerfile.GlobalArgs.Concat(dockerfile.Stages.SelectMany(s => s.Args)).Distinct(StringComparer.Ordinal);
            foreach (var name in names.Where(n => !present.Contains(n)))
            {
                items.Add(new(name, ManifestCompletionKind.BuildArg, quoted ? $"\"{name}\": " : $"{name}: ", context.ReplaceSpan, "ARG of the Dockerfile", null));
            }
            return items;
        }
        var colonFollows = ColonFollows(document.Text, context.ReplaceSpan.End);
        // Under environments.NAME the override schema applies; the walk handles it through additionalProperties.
        var mapSchema = SchemaWalk.ForInstance(schema, path);
        if (mapSchema?["properties"] is not JsonObject properties) return items;
        foreach (var (name, value) in properties)
        {
            if (present.Contains(name) && !context.ReplaceSpan.ContainsOrTouches(KeySpanOf(document, context, name))) continue;
            var property = schema.Deref(value as JsonObject);
            var types = TypeOf(property);
            // A map or list continues on the next lines in block style; in flow style and JSON everything follows ": ".
            var insert = quoted ? $"\"{name}\": " : !context.InFlow && (types.Contains("object") || types.Contains("array")) ? $"{name}:" : $"{name}: ";
            // Completing a key that already has its ":" (the caret inside a written key) replaces the name only.
            if (colonFollows) insert = quoted ? $"\"{name}\"" : name;
            items.Add(new(name, ManifestCompletionKind.Property, insert, context.ReplaceSpan, string.Join(" | ", types), SchemaWalk.String(property, "markdownDescription")));
        }
        return items;
    }

    private static bool ColonFollows(string text, int end)
    {
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        return end < text.Length && text[end] == ':';
    }

    // The ports the built stage EXPOSEs (the target, else the last stage), published one to one, minus those already listed.
    private static IEnumerable<ManifestCompletionItem> ExposedPorts(ManifestDocument document, CursorContext context, DockerfileFacts dockerfile)
    {
        if (dockerfile.Stage(document.Model.Build.Target) is not { } stage) yield break;
        // The item being typed over doesn't count as published.
        var items = (new ManifestPath(["run", "ports"]).Resolve(document.Root) as SequenceNode)?.Items ?? [];
        var listed = items.OfType<ScalarNode>()
            .Where(item => !item.Span.ContainsOrTouches(context.ReplaceSpan.Start))
            .Select(item => PortMapping.TryParse(item.Value, out var mapping, out _) ? mapping : null)
            .OfType<PortMapping>()
            .Select(p => (p.ContainerPort, p.Protocol))
            .ToHashSet();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var port in dockerfile.ExposedBy(stage).Ports)
        {
            if (port.First != port.Last || listed.Contains((port.First, port.Protocol))) continue;
            var number = port.First.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var mapping = $"{number}:{number}" + (port.Protocol == "tcp" ? "" : "/" + port.Protocol);
            if (!seen.Add(mapping)) continue;
            yield return new(mapping, ManifestCompletionKind.Value, $"\"{mapping}\"", context.ReplaceSpan, $"EXPOSE {number}/{port.Protocol}", "Publishes a port the Dockerfile EXPOSEs on the same host port.");
        }
    }

    private static int KeySpanOf(ManifestDocument document, CursorContext context, string name) =>
        (new ManifestPath(context.MapPath.Segments).Resolve(document.Root) as MappingNode)?.Find(name)?.Key.Span.Start ?? -1;

    private static bool IsPath(List<object> path, params string[] expected) =>
        path.Count == expected.Length && path.Zip(expected).All(pair => pair.First is string s && s == pair.Second);

    // "null" (unset explicitly) is left out: it says nothing about what to write.
    private static IReadOnlyList<string> TypeOf(JsonObject? schema) => schema?["type"] switch
    {
        JsonArray array => array.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList(),
        JsonValue value => [value.GetValue<string>()],
        _ => schema?["properties"] is not null ? ["object"] : [],
    };
}
