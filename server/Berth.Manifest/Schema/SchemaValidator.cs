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
        var failing = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => (Detail: d, Evaluation: d.EvaluationPath.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Unescape).ToList()))
            .ToList();
        var failedBranches = FailedBranches(failing);
        foreach (var (detail, evaluation) in failing)
        {
            var errors = detail.Errors!;
            // A failing "if" is a condition not met, not an error.
            if (evaluation.Contains("if")) continue;
            // A failing branch of anyOf/oneOf is an error only when every branch failed.
            if (AlternativeOf(evaluation) is { } alternative)
            {
                var owner = SchemaWalk.AlongEvaluationPath(schema, evaluation.Take(alternative));
                var count = (owner?[evaluation[alternative]] as System.Text.Json.Nodes.JsonArray)?.Count ?? 0;
                var key = (detail.InstanceLocation.ToString(), string.Join('/', evaluation.Take(alternative + 1)));
                if (failedBranches.TryGetValue(key, out var failed) && failed.Count < count) continue;
            }
            var path = ManifestPath.FromJsonPointer(detail.InstanceLocation.ToString()).Typed(root);
            foreach (var (keyword, _) in errors)
            {
                var diagnostic = SchemaErrorMessages.Describe(schema, root, path, evaluation, keyword);
                if (diagnostic is not null && seen.Add((diagnostic.Span.Start, diagnostic.Span.Length, diagnostic.Message))) diagnostics.Add(diagnostic);
            }
        }
        return diagnostics.OrderBy(d => d.Span.Start).ToList();
    }

    private static int? AlternativeOf(IReadOnlyList<string> evaluation)
    {
        for (var i = evaluation.Count - 2; i >= 0; i--)
        {
            if (evaluation[i] is "anyOf" or "oneOf") return i;
        }
        return null;
    }

    // Which branches of each anyOf/oneOf failed, per instance location.
    private static Dictionary<(string, string), HashSet<string>> FailedBranches(IEnumerable<(EvaluationResults Detail, List<string> Evaluation)> failing)
    {
        var branches = new Dictionary<(string, string), HashSet<string>>();
        foreach (var (detail, evaluation) in failing)
        {
            if (AlternativeOf(evaluation) is not { } at) continue;
            var key = (detail.InstanceLocation.ToString(), string.Join('/', evaluation.Take(at + 1)));
            if (!branches.TryGetValue(key, out var set)) branches[key] = set = [];
            set.Add(evaluation[at + 1]);
        }
        return branches;
    }

    private static string Unescape(string segment) =>
        segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    internal static string? ValueText(ManifestNode? node) => node is ScalarNode scalar ? scalar.Value : null;

    internal static JsonObject? ParentSchemaOf(ManifestSchema schema, ManifestPath path) =>
        SchemaWalk.ForInstance(schema, path.Segments.Take(path.Segments.Count - 1));
}
