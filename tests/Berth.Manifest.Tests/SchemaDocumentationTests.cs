using System.Text.Json;
using System.Text.Json.Nodes;
using Berth.Manifest.Model;
using Berth.Manifest.Schema;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Tests;

/// <summary>
/// The schema documents every setting (description, markdownDescription, examples, default), and each default
/// says what Berth really does when the setting is left out.
/// </summary>
public sealed class SchemaDocumentationTests
{
    private static readonly string[] DocumentationKeywords = ["description", "markdownDescription", "examples", "default"];

    // Keywords whose sub-schemas constrain values rather than declare settings.
    private static readonly HashSet<string> ConstraintKeywords = ["if", "then", "else", "not", "anyOf", "oneOf", "allOf", "propertyNames", "dependentSchemas"];

    /// <summary>Every declared property of the schema file, wherever it is (root, $defs, nested objects), as "pointer -> schema".</summary>
    private static IEnumerable<(string Pointer, JsonObject Schema)> DeclaredProperties(JsonNode? node, string pointer)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                if (ConstraintKeywords.Contains(key)) continue;
                if (key == "properties" && value is JsonObject properties)
                {
                    foreach (var (name, property) in properties)
                    {
                        if (property is JsonObject propertySchema) yield return ($"{pointer}/properties/{name}", propertySchema);
                    }
                }
                foreach (var inner in DeclaredProperties(value, $"{pointer}/{key}")) yield return inner;
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                foreach (var inner in DeclaredProperties(array[i], $"{pointer}/{i}")) yield return inner;
            }
        }
    }

    [Fact]
    public void Every_property_has_description_markdown_description_examples_and_default()
    {
        var properties = DeclaredProperties(ManifestSchema.Instance.Raw, "#").ToList();
        Assert.True(properties.Count > 60, $"only {properties.Count} properties found; the walk is broken");
        var missing = properties
            .SelectMany(p => DocumentationKeywords.Where(k => !p.Schema.ContainsKey(k)).Select(k => $"{p.Pointer} has no {k}"))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_example_and_non_null_default_is_not_empty_text()
    {
        foreach (var (pointer, schema) in DeclaredProperties(ManifestSchema.Instance.Raw, "#"))
        {
            Assert.True(schema["examples"] is JsonArray { Count: > 0 }, $"{pointer}: examples must be a non-empty list");
            Assert.False(string.IsNullOrWhiteSpace(SchemaWalk.String(schema, "description")), $"{pointer}: empty description");
            Assert.False(string.IsNullOrWhiteSpace(SchemaWalk.String(schema, "markdownDescription")), $"{pointer}: empty markdownDescription");
        }
    }

    [Fact]
    public void The_walk_fails_for_a_property_missing_a_keyword()
    {
        // The check above must be able to fail: a schema with one undocumented property is caught.
        var broken = JsonNode.Parse("""{"properties": {"a": {"description": "x", "markdownDescription": "x", "examples": [1]}}}""");
        var property = Assert.Single(DeclaredProperties(broken, "#"));
        Assert.Equal("#/properties/a", property.Pointer);
        Assert.False(property.Schema.ContainsKey("default"));
    }

    /// <summary>The settings of the base manifest (not environments), with their instance path and resolved schema.</summary>
    public static TheoryData<string> ManifestSettings()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _, _) in Settings(ManifestSchema.Instance.Raw, [])) data.Add(string.Join('.', path));
        return data;
    }

    private static IEnumerable<(IReadOnlyList<string> Path, JsonObject Schema, bool Required)> Settings(JsonObject? mapSchema, IReadOnlyList<string> path)
    {
        var schema = ManifestSchema.Instance;
        mapSchema = schema.Deref(mapSchema);
        if (mapSchema?["properties"] is not JsonObject properties) yield break;
        var required = (mapSchema["required"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var (name, value) in properties)
        {
            // An environment's settings override the base; left out, they keep the base value (EnvironmentTests).
            if (path.Count == 0 && name == "environments") continue;
            var propertySchema = schema.Deref(value as JsonObject)!;
            IReadOnlyList<string> propertyPath = [.. path, name];
            yield return (propertyPath, propertySchema, required.Contains(name));
            foreach (var inner in Settings(propertySchema, propertyPath)) yield return inner;
        }
    }

    private static (JsonObject Schema, bool Required) Setting(string dotted)
    {
        var (_, schema, required) = Settings(ManifestSchema.Instance.Raw, []).Single(s => string.Join('.', s.Path) == dotted);
        return (schema, required);
    }

    // A manifest holding `version: 1` and the parents of `path` as empty maps, with `path` itself set to `value` when given.
    private static JsonObject ManifestWith(IReadOnlyList<string> path, JsonNode? value, bool setValue)
    {
        var root = new JsonObject { ["version"] = 1 };
        var map = root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (map[path[i]] is not JsonObject next)
            {
                next = new JsonObject();
                map[path[i]] = next;
            }
            map = next;
        }
        if (setValue) map[path[^1]] = value?.DeepClone();
        return root;
    }

    private static string ModelOf(JsonObject manifest) =>
        JsonSerializer.Serialize(ManifestDocument.Parse(manifest.ToJsonString(), ManifestFormat.Json).Model);

    [Theory]
    [MemberData(nameof(ManifestSettings))]
    public void Each_default_is_what_the_model_resolves_when_the_setting_is_left_out(string dotted)
    {
        var (schema, required) = Setting(dotted);
        if (required)
        {
            // A required setting has no "left out"; its default is the value `berth init` writes.
            Assert.Equal("version", dotted);
            Assert.Equal(1, schema["default"]!.GetValue<int>());
            return;
        }
        var path = dotted.Split('.');
        Assert.True(schema.ContainsKey("default"), $"{dotted} has no default");
        var omitted = ModelOf(ManifestWith(path, null, setValue: false));
        var written = ModelOf(ManifestWith(path, schema["default"], setValue: true));
        Assert.Equal(omitted, written);
    }

    [Theory]
    [MemberData(nameof(ManifestSettings))]
    public void Each_default_is_a_valid_value_for_its_setting(string dotted)
    {
        var (schema, _) = Setting(dotted);
        var path = dotted.Split('.');
        var manifest = ManifestWith(path, schema["default"], setValue: true);
        var document = ManifestDocument.Parse(manifest.ToJsonString(), ManifestFormat.Json);
        // Findings about a parent that needs more than its default (deploy.ecs needs instances) are not about this value.
        var node = new ManifestPath(path).Resolve(document.Root);
        var property = new ManifestPath(path).ResolveProperty(document.Root)!;
        Assert.DoesNotContain(document.Diagnostics, d => d.Span.Start >= property.Key.Span.Start && d.Span.End <= (node?.Span.End ?? property.Key.Span.End) && d.Span.Length > 0);
    }

    [Fact]
    public void The_settings_walk_covers_every_section()
    {
        var names = Settings(ManifestSchema.Instance.Raw, []).Select(s => string.Join('.', s.Path)).ToList();
        Assert.Contains("image.name", names);
        Assert.Contains("run.healthcheck.interval", names);
        Assert.Contains("alibabaCloud.endpoints.cr", names);
        Assert.Contains("deploy.ecs.rollback", names);
        Assert.True(names.Count > 50, $"{names.Count} settings");
    }

    [Fact]
    public void Literal_defaults_match_the_model_constants()
    {
        // The generic check above compares "left out" with "written as the default"; these pin the values themselves.
        Assert.Equal(ImageSpec.DefaultTag, Setting("image.tag").Schema["default"]!.GetValue<string>());
        Assert.Equal(BuildSpec.Default.Context, Setting("build.context").Schema["default"]!.GetValue<string>());
        Assert.Equal(BuildSpec.Default.Dockerfile, Setting("build.dockerfile").Schema["default"]!.GetValue<string>());
        Assert.Equal(RunSpec.Default.Restart, Setting("run.restart").Schema["default"]!.GetValue<string>());
        Assert.Equal(HealthcheckSpec.DefaultRetries, Setting("run.healthcheck.retries").Schema["default"]!.GetValue<int>());
        Assert.True(Durations.TryParse(Setting("run.healthcheck.interval").Schema["default"]!.GetValue<string>(), out var interval));
        Assert.Equal(HealthcheckSpec.DefaultInterval, interval);
        Assert.True(Durations.TryParse(Setting("deploy.ecs.timeout").Schema["default"]!.GetValue<string>(), out var timeout));
        Assert.Equal(EcsDeploySpec.DefaultTimeout, timeout);
        Assert.Equal(ImageNames.Fallback, ManifestDocument.Parse("version: 1\n", ManifestFormat.Yaml).Model.Image.Name);
    }

    [Theory]
    [InlineData("/src/Shop API/berth.yaml", "shop-api")]
    [InlineData("/src/web/berth.json", "web")]
    [InlineData("berth.yaml", "app")]
    public void An_omitted_image_name_is_the_folder_name_as_berth_init_writes_it(string path, string expected)
    {
        var format = ManifestFormats.FromFileName(path);
        var text = format == ManifestFormat.Json ? "{\"version\": 1, \"image\": {\"tag\": \"v1\"}}" : "version: 1\nimage:\n  tag: v1\n";
        var document = ManifestDocument.Parse(text, path);
        Assert.Empty(document.Diagnostics);
        Assert.Equal(expected, document.Model.Image.Name);
        Assert.Equal(expected, document.SelectEnvironment(null).Model!.Image.Name);
        Assert.Equal(Authoring.ManifestTemplate.ImageNameFor(Path.GetFileName(Path.GetDirectoryName(path)) ?? ""), document.Model.Image.Name);
    }

    [Fact]
    public void Null_unsets_a_setting_and_an_environment_can_unset_a_base_value()
    {
        var document = ManifestDocument.Parse("version: 1\nbuild:\n  target: runtime\nenvironments:\n  dev:\n    build:\n      target: null\n", ManifestFormat.Yaml);
        Assert.Empty(document.Diagnostics);
        Assert.Equal("runtime", document.Model.Build.Target);
        Assert.Null(document.SelectEnvironment("dev").Model!.Build.Target);
    }
}
