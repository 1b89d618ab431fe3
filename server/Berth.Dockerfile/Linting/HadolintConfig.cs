using Berth.Dockerfile.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Berth.Dockerfile.Linting;

/// <summary>The outcome of reading a configuration file: the settings, and one clear message per problem found.</summary>
public sealed record LintConfigResult(LintSettings Settings, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Reads a <c>.hadolint.yaml</c> from its text (finding the file is the workspace layer's job): ignored,
/// override.error/warning/info/style, trustedRegistries, label-schema, strict-labels, failure-threshold,
/// no-fail and disable-ignore-pragma. Unknown keys are reported, never fatal; a broken file gives an error.
/// </summary>
public static class HadolintConfig
{
    private static readonly HashSet<string> PresentationKeys = new(StringComparer.Ordinal) { "format", "no-color", "verbose", "file-path-in-report" };

    public static LintConfigResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<string>();
        var settings = new LintSettings();
        YamlStream stream;
        try
        {
            stream = new YamlStream();
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return new LintConfigResult(settings, [$"line {e.Start.Line}: the file is not valid YAML ({FirstSentence(e.Message)}); fix the syntax."]);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return new(settings, errors);
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            return new(settings, ["the file must be a mapping of settings (key: value)."]);

        var ignored = new List<string>();
        var overrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        var trusted = new List<string>();
        var labels = new Dictionary<string, LabelFormat>(StringComparer.Ordinal);
        var strict = false;
        var disablePragma = false;
        Severity? threshold = Severity.Error;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = keyNode.Start.Line;
            switch (key)
            {
                case "ignored": ignored.AddRange(Strings(value, key, line, errors)); break;
                case "trustedRegistries": trusted.AddRange(Strings(value, key, line, errors)); break;
                case "strict-labels": strict = Bool(value, key, line, errors); break;
                case "disable-ignore-pragma": disablePragma = Bool(value, key, line, errors); break;
                case "no-fail": if (Bool(value, key, line, errors)) threshold = null; break;
                case "failure-threshold":
                    var name = (value as YamlScalarNode)?.Value ?? "";
                    if (TryThreshold(name, out var parsed)) threshold = parsed;
                    else errors.Add($"line {line}: failure-threshold '{name}' is not one of error, warning, info, style, ignore, none.");
                    break;
                case "override":
                    if (value is not YamlMappingNode levels) { errors.Add($"line {line}: override must map error/warning/info/style to lists of rule ids."); break; }
                    foreach (var (levelNode, ids) in levels.Children)
                    {
                        var level = (levelNode as YamlScalarNode)?.Value ?? "";
                        if (!TrySeverity(level, out var severity))
                        {
                            errors.Add($"line {levelNode.Start.Line}: override level '{level}' is not one of error, warning, info, style.");
                            continue;
                        }
                        foreach (var id in Strings(ids, "override." + level, levelNode.Start.Line, errors)) overrides[id] = severity;
                    }
                    break;
                case "label-schema":
                    if (value is not YamlMappingNode schema) { errors.Add($"line {line}: label-schema must map label names to formats."); break; }
                    foreach (var (labelNode, formatNode) in schema.Children)
                    {
                        var label = (labelNode as YamlScalarNode)?.Value ?? "";
                        var format = (formatNode as YamlScalarNode)?.Value ?? "";
                        if (TryLabelFormat(format, out var labelFormat)) labels[label] = labelFormat;
                        else errors.Add($"line {formatNode.Start.Line}: label format '{format}' is not one of text, url, semver, hash, rfc3339, spdx, email.");
                    }
                    break;
                default:
                    if (!PresentationKeys.Contains(key)) errors.Add($"line {line}: unknown setting '{key}'; check its spelling.");
                    break;
            }
        }
        settings = new LintSettings
        {
            Ignored = ignored, SeverityOverrides = overrides, TrustedRegistries = trusted, RequiredLabels = labels,
            StrictLabels = strict, DisableIgnorePragma = disablePragma, FailureThreshold = threshold,
        };
        return new LintConfigResult(settings, errors);
    }

    public static bool TryThreshold(string name, out Severity? threshold)
    {
        threshold = null;
        if (name is "none" or "ignore") return true;
        if (!TrySeverity(name, out var severity)) return false;
        threshold = severity;
        return true;
    }

    public static bool TrySeverity(string name, out Severity severity)
    {
        switch (name.ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "info": severity = Severity.Info; return true;
            case "style": severity = Severity.Style; return true;
            default: severity = default; return false;
        }
    }

    public static bool TryLabelFormat(string name, out LabelFormat format) =>
        Enum.TryParse(name, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(name, out _);

    private static List<string> Strings(YamlNode node, string key, long line, List<string> errors)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                return sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList();
            case YamlScalarNode { Value: { Length: > 0 } single }:
                return [single];
            case YamlScalarNode:
                return [];
            default:
                errors.Add($"line {line}: {key} must be a list of strings.");
                return [];
        }
    }

    private static bool Bool(YamlNode node, string key, long line, List<string> errors)
    {
        var text = (node as YamlScalarNode)?.Value;
        if (text is "true" or "True" or "yes") return true;
        if (text is "false" or "False" or "no") return false;
        errors.Add($"line {line}: {key} must be true or false.");
        return false;
    }

    private static string FirstSentence(string message)
    {
        var parts = message.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "syntax error" : parts[0].Trim();
    }
}
