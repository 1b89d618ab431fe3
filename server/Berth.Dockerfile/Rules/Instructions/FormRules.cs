using System.Text;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Rules.Instructions;

/// <summary>JSONArgsRecommended: CMD/ENTRYPOINT in shell form run under /bin/sh -c, which does not pass signals on.</summary>
internal sealed class JsonArgsRecommended : IRule
{
    public RuleDescriptor Descriptor { get; } = new("JSONArgsRecommended", Severity.Warning, "Use JSON form for CMD and ENTRYPOINT", ["DL3025"]);

    public void Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            // BuildKit skips the check once SHELL has been changed: the shell form is then deliberate.
            if (!ReferenceEquals(stage.FinalShell, Semantics.BuildStage.DefaultShell)) continue;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Kind is not (InstructionKind.Cmd or InstructionKind.Entrypoint) || instruction.ExecForm is not null || instruction.Arguments.Count == 0) continue;
                var keyword = instruction.Kind.Keyword();
                var fixes = PlainWords(instruction) is { } words
                    ? new[] { new CodeFix("Convert to JSON form", [new TextEdit(instruction.ArgumentsSpan, "[" + string.Join(", ", words.Select(Quote)) + "]")]) }
                    : [];
                context.Report(Descriptor, instruction.ArgumentsSpan,
                    $"{keyword} in shell form runs under /bin/sh -c and will not receive stop signals; write it as a JSON array such as {keyword} [\"executable\", \"arg\"].", fixes);
            }
        }
    }

    // The words, when the command uses no shell feature (so the JSON form means exactly the same).
    private static List<string>? PlainWords(InstructionSyntax instruction)
    {
        var text = instruction.ArgumentsText;
        if (text.IndexOfAny(['$', '`', '\'', '"', '\\', '|', '&', ';', '<', '>', '*', '?', '(', ')', '{', '}', '[', ']', '~', '#', '=']) >= 0) return null;
        if (instruction.Comments.Count > 0 || instruction.Line.SourceSpan(instruction.ArgumentsStart, instruction.ArgumentsEnd).Length != text.Length) return null;
        return instruction.Arguments.Select(a => a.Text).ToList();
    }

    private static string Quote(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value) sb.Append(c is '"' or '\\' ? "\\" + c : c.ToString());
        return sb.Append('"').ToString();
    }
}

/// <summary>LegacyKeyValueFormat: <c>ENV key value</c> and <c>LABEL key value</c> are deprecated.</summary>
internal sealed class LegacyKeyValueFormat : IRule
{
    public RuleDescriptor Descriptor { get; } = new("LegacyKeyValueFormat", Severity.Warning, "Legacy 'key value' form", []);

    public void Check(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions.SelectMany(i => i.Trigger is null ? [i] : new[] { i.Trigger }))
        {
            if (instruction.Kind is not (InstructionKind.Env or InstructionKind.Label)) continue;
            var pairs = instruction.KeyValues;
            if (pairs.Count != 1 || !pairs[0].IsLegacyForm || pairs[0].ValueSpan is not { } valueSpan) continue;
            var pair = pairs[0];
            var keyword = instruction.Kind.Keyword();
            var raw = pair.RawValue ?? "";
            var sourceLength = valueSpan.End - pair.KeySpan.Start;
            var sameLine = sourceLength == pair.Key.Length + (valueSpan.Start - pair.KeySpan.End) + raw.Length;
            string? replacement = null;
            if (sameLine && raw.IndexOfAny([' ', '\t']) < 0) replacement = $"{pair.Key}={raw}";
            else if (sameLine && raw.IndexOfAny(['"', '\'', '\\', '`']) < 0) replacement = $"{pair.Key}=\"{raw}\"";
            var fixes = replacement is null ? [] : new[] { new CodeFix($"Change to {keyword} {replacement}", [new Diagnostics.TextEdit(Text.TextSpan.FromBounds(pair.KeySpan.Start, valueSpan.End), replacement)]) };
            context.Report(Descriptor, pair.Span, $"'{keyword} {pair.Key} value' is a deprecated form; write {keyword} {pair.Key}=value.", fixes);
        }
    }
}
