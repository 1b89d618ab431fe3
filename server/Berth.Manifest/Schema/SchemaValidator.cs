using System.Text.Json;
using System.Text.Json.Nodes;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;
using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;
using Json.Schema;

namespace Berth.Manifest.Schema;

/// <summary>
/// Validates a manifest tree against berth.schema.json (JsonSchema.Net) and turns each failure into one
/// diagnostic on the offending key or value, worded for a person ("`registry.edition` must be `personal` or
/// `enterprise`; did you mean `enterprise`?") rather than as a schema path.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<Diagnostic> Validate(ManifestNode? root) => Validate(root, ManifestSchema.Instance);

    public static IReadOnlyList<Diagnostic> Validate(ManifestNode? root, ManifestSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (root is null || (root is ScalarNode { Kind: ScalarKind.Null }))
        {
            return [ManifestDiagnostics.Error(ManifestRuleIds.MissingProperty, new TextSpan(0, 0),
                "The manifest is empty; start it with `version: 1` (`berth init` writes a complete one).")];
        }
        var json = ManifestJson.ToJson(root)!;
        using var document = JsonDocument.Parse(json.ToJsonString());
        var results = schema.Compiled.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];

        var diagnostics = new List<Diagnostic>();
        var seen = new HashSet<(int, int, string)>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is not { Count: > 0 } errors) continue;
            var evaluation = detail.EvaluationPath.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Unescape).ToList();
            // A failing "if" is a condition not met, not an error.
            if (evaluation.Contains("if")) continue;
            var path = ManifestPath.FromJsonPointer(detail.InstanceLocation.ToString()).Typed(root);
            foreach (var (keyword, _) in errors)
            {
                var diagnostic = SchemaErrorMessages.Describe(schema, root, path, evaluation, keyword);
                if (diagnostic is not null && seen.Add((diagnostic.Span.Start, diagnostic.Span.Length, diagnostic.Message))) diagnostics.Add(diagnostic);
            }
        }
        return diagnostics.OrderBy(d => d.Span.Start).ToList();
    }

    private static string Unescape(string segment) =>
        segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    internal static string? ValueText(ManifestNode? node) => node is ScalarNode scalar ? scalar.Value : null;

    internal static JsonObject? ParentSchemaOf(ManifestSchema schema, ManifestPath path) =>
        SchemaWalk.ForInstance(schema, path.Segments.Take(path.Segments.Count - 1));
}
