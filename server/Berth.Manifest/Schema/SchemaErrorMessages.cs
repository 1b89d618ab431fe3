using System.Globalization;
using System.Text.Json.Nodes;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;
using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;
using Berth.Manifest.Text;

namespace Berth.Manifest.Schema;

/// <summary>
/// One schema failure in words. Messages come from the schema itself where it says more (its
/// "patternErrorMessage" and "errorMessage" keywords, which VS Code's JSON support reads too), so the editor
/// and the CLI say the same thing.
/// </summary>
internal static class SchemaErrorMessages
{
    public static Diagnostic? Describe(ManifestSchema schema, ManifestNode root, ManifestPath path, IReadOnlyList<string> evaluation, string keyword)
    {
        var node = path.Resolve(root);
        var property = path.ResolveProperty(root);
        var where = path.IsRoot ? "The manifest" : $"`{path}`";
        var valueSpan = node?.Span ?? property?.Key.Span ?? new TextSpan(0, 0);
        var keySpan = property?.Key.Span ?? (path.IsRoot ? FirstKeySpan(root) : valueSpan);

        var alternatives = LastIndexOf(evaluation, "anyOf", "oneOf");
        if (alternatives >= 0)
        {
            var owner = SchemaWalk.AlongEvaluationPath(schema, evaluation.Take(alternatives));
            var text = SchemaWalk.String(owner, "errorMessage");
            return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, keySpan,
                text is not null ? Sentence(text) : $"{where} doesn't match any form it can take; see the hover for examples.");
        }
        var conditional = LastIndexOf(evaluation, "then", "else");
        if (conditional >= 0 && SchemaWalk.String(SchemaWalk.AlongEvaluationPath(schema, evaluation.Take(conditional + 1)), "errorMessage") is { } conditionalText)
        {
            return ManifestDiagnostics.Error(ManifestRuleIds.MissingProperty, keySpan, Sentence(conditionalText));
        }

        var sub = SchemaWalk.AlongEvaluationPath(schema, evaluation);
        if (evaluation.Count > 0 && evaluation[^1] == "propertyNames")
        {
            var parent = new ManifestPath(path.Segments.Take(path.Segments.Count - 1).ToList());
            var rule = SchemaWalk.String(sub, "patternErrorMessage") ?? "it isn't a valid name here";
            return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, keySpan, $"`{parent}`: \"{property?.Name}\" is not a valid name; {rule}.");
        }

        switch (keyword)
        {
            case "" or "false" when evaluation.Count > 0 && evaluation[^1] == "additionalProperties":
                return UnknownProperty(schema, path, keySpan, evaluation);
            case "required":
                var present = (node as MappingNode)?.Properties.Select(p => p.Name).ToHashSet() ?? [];
                var missing = (sub?["required"] as JsonArray)?.Select(n => n!.GetValue<string>()).Where(n => !present.Contains(n)).ToList() ?? [];
                if (path.IsRoot && missing.Contains("version"))
                {
                    return ManifestDiagnostics.Error(ManifestRuleIds.MissingProperty, keySpan, "The manifest needs `version: 1` at the top level.");
                }
                return ManifestDiagnostics.Error(ManifestRuleIds.MissingProperty, keySpan,
                    $"{where} needs {string.Join(" and ", missing.Select(m => $"`{m}`"))}.");
            case "type":
                return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, valueSpan,
                    $"{where} must be {ExpectedTypes(sub)}, not {Describe(node)}.");
            case "enum" or "const":
                return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, valueSpan, NotAllowed(where, node, sub));
            case "pattern":
                var patternText = SchemaWalk.String(sub, "patternErrorMessage");
                var shown = Show(node);
                if (patternText is null) return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, valueSpan, $"{where}: {shown} is not valid here.");
                return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, valueSpan,
                    patternText.StartsWith("is ", StringComparison.Ordinal) ? $"{where}: {shown} {patternText}." : $"{where}: {shown} is not valid; {patternText}.");
            case "minimum" or "exclusiveMinimum":
                return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, valueSpan, $"{where} must be at least {Number(sub, keyword)}.");
            case "maximum" or "exclusiveMaximum":
                return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, valueSpan, $"{where} must be at most {Number(sub, keyword)}.");
            case "minLength":
                return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, valueSpan, $"{where} can't be empty; give a value or remove the line.");
            case "maxLength":
                return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, valueSpan, $"{where} is longer than {Number(sub, keyword)} characters; shorten it.");
            case "uniqueItems":
                return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, valueSpan, $"{where} lists the same value twice; remove the repeat.");
            case "maxItems" or "maxProperties":
                return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, valueSpan, $"{where} has more than {Number(sub, keyword)} entries; split it up.");
            case "minItems" or "minProperties":
                return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, valueSpan, $"{where} needs at least {Number(sub, keyword)} entries.");
            default:
                return ManifestDiagnostics.Error(ManifestRuleIds.InvalidValue, valueSpan, $"{where} is not valid here (schema rule `{keyword}`); see the hover for what it takes.");
        }
    }

    private static Diagnostic UnknownProperty(ManifestSchema schema, ManifestPath path, TextSpan keySpan, IReadOnlyList<string> evaluation)
    {
        var owner = SchemaWalk.AlongEvaluationPath(schema, evaluation.Take(evaluation.Count - 1));
        var allowed = SchemaWalk.PropertyNames(owner);
        var name = path.Segments.Count > 0 ? path.Segments[^1].ToString()! : "";
        var parent = new ManifestPath(path.Segments.Take(path.Segments.Count - 1).ToList());
        var container = parent.IsRoot ? "at the top level of the manifest" : $"in `{parent}`";
        var suggestion = DidYouMean.Closest(name, allowed);
        var hint = suggestion is not null
            ? $"did you mean `{suggestion}`?"
            : $"the settings here are {string.Join(", ", allowed.Select(a => $"`{a}`"))}.";
        return ManifestDiagnostics.Error(ManifestRuleIds.UnknownProperty, keySpan, $"`{name}` is not a setting {container}; {hint}");
    }

    private static string NotAllowed(string where, ManifestNode? node, JsonObject? sub)
    {
        var values = sub?["enum"] is JsonArray array
            ? array.Where(v => v is not null).Select(v => v!.ToJsonString().Trim('"')).ToList()
            : sub?["const"] is JsonNode constant ? [constant.ToJsonString().Trim('"')] : [];
        var written = node is ScalarNode scalar ? scalar.Value : "";
        var suggestion = DidYouMean.Closest(written, values);
        var hint = suggestion is not null ? $"; did you mean `{suggestion}`?" : ".";
        if (values.Count <= 5)
        {
            var list = values.Count == 1 ? $"`{values[0]}`" : string.Join(", ", values.Take(values.Count - 1).Select(v => $"`{v}`")) + $" or `{values[^1]}`";
            return $"{where} must be {list}{hint}";
        }
        return $"{where}: {Show(node)} is not one of the allowed values (completion lists them){hint}";
    }

    private static string ExpectedTypes(JsonObject? sub)
    {
        var types = sub?["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue value => [value.GetValue<string>()],
            _ => [],
        };
        // "null" only says the setting may be unset explicitly; the message names the kinds of value to write.
        types.Remove("null");
        var words = types.Select(t => t switch
        {
            "object" => "a map",
            "array" => "a list",
            "string" => "text",
            "integer" => "a whole number",
            "number" => "a number",
            "boolean" => "true or false",
            _ => t,
        }).ToList();
        return words.Count switch
        {
            0 => "another kind of value",
            1 => words[0],
            _ => string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1],
        };
    }

    private static string Describe(ManifestNode? node) => node switch
    {
        MappingNode => "a map",
        SequenceNode => "a list",
        ScalarNode { Kind: ScalarKind.String } scalar => $"the text \"{scalar.Value}\"",
        ScalarNode { Kind: ScalarKind.Integer or ScalarKind.Float } scalar => $"the number {scalar.Value}",
        ScalarNode { Kind: ScalarKind.Boolean } scalar => scalar.Value.ToLowerInvariant(),
        ScalarNode { Kind: ScalarKind.Null } => "empty",
        _ => "missing",
    };

    private static string Show(ManifestNode? node) => node switch
    {
        ScalarNode { Kind: ScalarKind.String } scalar => $"\"{scalar.Value}\"",
        ScalarNode scalar => scalar.Value,
        _ => "this value",
    };

    private static string Number(JsonObject? sub, string keyword) =>
        sub?[keyword] is JsonValue value ? value.ToJsonString() : "the limit";

    private static int LastIndexOf(IReadOnlyList<string> evaluation, string first, string second)
    {
        for (var i = evaluation.Count - 1; i >= 0; i--)
        {
            if (evaluation[i] == first || evaluation[i] == second) return i;
        }
        return -1;
    }

    private static TextSpan FirstKeySpan(ManifestNode root) =>
        root is MappingNode { Properties.Count: > 0 } mapping ? mapping.Properties[0].Key.Span : new TextSpan(root.Span.Start, 0);

    // Schema texts are written as clauses ("... add `instanceIds` or `tags`"); a message is one sentence.
    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && char.IsLower(trimmed[0])) trimmed = char.ToUpper(trimmed[0], CultureInfo.InvariantCulture) + trimmed[1..];
        return trimmed.EndsWith('.') || trimmed.EndsWith('?') ? trimmed : trimmed + ".";
    }
}
