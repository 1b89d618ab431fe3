using System.Globalization;
using System.Text.RegularExpressions;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Rules.Instructions;

/// <summary>Every LABEL pair of the file, with its instruction (ONBUILD LABEL excluded: it labels another image).</summary>
internal static class Labels
{
    public static IEnumerable<(InstructionSyntax Instruction, KeyValueSyntax Pair)> All(RuleContext context) =>
        context.Syntax.Instructions.Where(i => i.Kind == InstructionKind.Label).SelectMany(i => i.KeyValues.Select(p => (i, p)));
}

/// <summary>DL3048: label keys use lower-case letters, digits, '.' and '-', outside Docker's reserved namespaces.</summary>
internal sealed partial class InvalidLabelKey : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3048", Severity.Style, "Invalid label key", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, pair) in Labels.All(context))
        {
            var key = pair.Key;
            if (key.Contains('$', StringComparison.Ordinal)) continue;
            var reserved = key.StartsWith("com.docker.", StringComparison.Ordinal) || key.StartsWith("io.docker.", StringComparison.Ordinal)
                || key.StartsWith("org.dockerproject.", StringComparison.Ordinal);
            if (!reserved && KeyPattern().IsMatch(key)) continue;
            context.Report(Descriptor, pair.KeySpan, reserved
                ? $"'{key}' uses a namespace reserved for Docker; use your own reverse-DNS prefix."
                : $"'{key}' is not a conventional label key; use lower-case letters, digits, '.' and '-', starting and ending with a letter or digit.");
        }
    }

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9.\-]*[a-z0-9])?$")]
    private static partial Regex KeyPattern();
}

/// <summary>DL3049: a label the label schema requires is missing from a stage.</summary>
internal sealed class RequiredLabelMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3049", Severity.Info, "Required label missing", []);

    public void Check(RuleContext context)
    {
        var required = context.Settings.RequiredLabels;
        if (required.Count == 0 || context.Model.Stages.Count == 0) return;
        var stage = context.Model.Stages[^1];
        var present = new HashSet<string>(StringComparer.Ordinal);
        for (var s = stage; s is not null; s = s.BaseStage)
            foreach (var label in s.Instructions.Where(i => i.Kind == InstructionKind.Label)) present.UnionWith(label.KeyValues.Select(p => p.Key));
        foreach (var name in required.Keys.Where(k => !present.Contains(k)))
            context.Report(Descriptor, stage.From.KeywordSpan, $"The final stage has no '{name}' label, which the label schema requires; add LABEL {name}=...");
    }
}

/// <summary>DL3050: with strict labels, only the schema's labels are allowed.</summary>
internal sealed class SuperfluousLabel : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3050", Severity.Info, "Superfluous label", []);

    public void Check(RuleContext context)
    {
        if (!context.Settings.StrictLabels) return;
        foreach (var (_, pair) in Labels.All(context))
            if (!context.Settings.RequiredLabels.ContainsKey(pair.Key))
                context.Report(Descriptor, pair.KeySpan, $"'{pair.Key}' is not in the label schema, and strict labels are on; remove it or add it to the schema.");
    }
}

/// <summary>DL3051: a label with an empty value.</summary>
internal sealed class EmptyLabel : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3051", Severity.Warning, "Label is empty", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, pair) in Labels.All(context))
            if (pair.Value is { Length: 0 } && context.Settings.RequiredLabels.ContainsKey(pair.Key))
                context.Report(Descriptor, pair.Span, $"The label '{pair.Key}' is empty; give it a value.");
    }
}

/// <summary>DL3052-DL3058: a schema label's value does not have its declared format.</summary>
internal sealed partial class LabelFormatRule(string id, LabelFormat format, string title) : IRule
{
    public RuleDescriptor Descriptor { get; } = new(id, Severity.Warning, title, []);

    public static IEnumerable<IRule> Create() =>
    [
        new LabelFormatRule("DL3052", LabelFormat.Url, "Label is not a valid URL"),
        new LabelFormatRule("DL3053", LabelFormat.Rfc3339, "Label is not an RFC 3339 time"),
        new LabelFormatRule("DL3054", LabelFormat.Spdx, "Label is not an SPDX license id"),
        new LabelFormatRule("DL3055", LabelFormat.Hash, "Label is not a git hash"),
        new LabelFormatRule("DL3056", LabelFormat.Semver, "Label is not a semantic version"),
        new LabelFormatRule("DL3058", LabelFormat.Email, "Label is not an e-mail address"),
    ];

    public void Check(RuleContext context)
    {
        foreach (var (_, pair) in Labels.All(context))
        {
            if (!context.Settings.RequiredLabels.TryGetValue(pair.Key, out var wanted) || wanted != format) continue;
            if (pair.Value is not { Length: > 0 } value || value.Contains('$', StringComparison.Ordinal) || IsValid(value)) continue;
            context.Report(Descriptor, pair.ValueSpan ?? pair.Span, $"The label '{pair.Key}' should be {Describe()}, but is '{value}'.");
        }
    }

    private bool IsValid(string value) => format switch
    {
        LabelFormat.Url => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp" or "git" or "ssh",
        LabelFormat.Rfc3339 => Rfc3339().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        LabelFormat.Spdx => Spdx().IsMatch(value),
        LabelFormat.Hash => GitHash().IsMatch(value),
        LabelFormat.Semver => Semver().IsMatch(value),
        LabelFormat.Email => Email().IsMatch(value),
        _ => true,
    };

    private string Describe() => format switch
    {
        LabelFormat.Url => "an absolute URL",
        LabelFormat.Rfc3339 => "an RFC 3339 time such as 2024-05-01T12:00:00Z",
        LabelFormat.Spdx => "an SPDX license expression such as MIT or Apache-2.0",
        LabelFormat.Hash => "a git commit hash",
        LabelFormat.Semver => "a semantic version such as 1.2.3",
        _ => "an e-mail address",
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"^\(?[A-Za-z0-9.+\-]+\)?( +(AND|OR|WITH) +\(?[A-Za-z0-9.+\-]+\)?)*$")]
    private static partial Regex Spdx();

    [GeneratedRegex(@"^[0-9a-f]{7,40}$")]
    private static partial Regex GitHash();

    [GeneratedRegex(@"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.\-]+)?(\+[0-9A-Za-z.\-]+)?$")]
    private static partial Regex Semver();

    [GeneratedRegex(@"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")]
    private static partial Regex Email();
}
