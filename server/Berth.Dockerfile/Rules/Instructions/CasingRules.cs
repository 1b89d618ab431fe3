using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Rules.Instructions;

/// <summary>ConsistentInstructionCasing: keywords follow the file's majority casing (upper unless most are lower).</summary>
internal sealed class ConsistentInstructionCasing : IRule
{
    public RuleDescriptor Descriptor { get; } = new("ConsistentInstructionCasing", Severity.Warning, "Instruction keywords use mixed casing", []);

    public void Check(RuleContext context)
    {
        var useLower = context.FileKeywordCasing.MostlyLower;
        foreach (var instruction in KeywordCasing.Keywords(context.Syntax.Instructions))
        {
            var expected = useLower ? instruction.Keyword.ToLowerInvariant() : instruction.Keyword.ToUpperInvariant();
            if (instruction.Keyword == expected) continue;
            var edits = new List<TextEdit> { new(instruction.KeywordSpan, expected) };
            // FROM's AS follows FROM's casing (FromAsCasing), so it changes along with it.
            if (instruction.From?.AsKeyword is { } asWord) edits.Add(new TextEdit(asWord.Span, useLower ? "as" : "AS"));
            context.Report(Descriptor, instruction.KeywordSpan,
                $"Write '{expected}' like the other instructions of this file ({(useLower ? "lower" : "upper")} case).",
                new CodeFix($"Change to '{expected}'", edits));
        }
    }
}

/// <summary>FromAsCasing: 'AS' is written in the same case as 'FROM'.</summary>
internal sealed class FromAsCasing : IRule
{
    public RuleDescriptor Descriptor { get; } = new("FromAsCasing", Severity.Warning, "AS casing does not match FROM", []);

    public void Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.From.From?.AsKeyword is not { } asWord) continue;
            var fromUpper = stage.From.Keyword == stage.From.Keyword.ToUpperInvariant();
            var expected = fromUpper ? "AS" : "as";
            if (asWord.Text == expected || (!fromUpper && stage.From.Keyword != stage.From.Keyword.ToLowerInvariant())) continue;
            context.Report(Descriptor, asWord.Span, $"Write '{expected}' to match the casing of '{stage.From.Keyword}'.",
                new CodeFix($"Change to '{expected}'", [new TextEdit(asWord.Span, expected)]));
        }
    }
}

/// <summary>StageNameCasing: stage names are lower case (they are matched case-insensitively, which confuses readers).</summary>
internal sealed class StageNameCasing : IRule
{
    public RuleDescriptor Descriptor { get; } = new("StageNameCasing", Severity.Warning, "Stage name is not lower case", []);

    public void Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.Name is not { } name || stage.NameSpan is not { } span || name == name.ToLowerInvariant() || name.Contains('$', StringComparison.Ordinal)) continue;
            var lower = name.ToLowerInvariant();
            var edits = new List<TextEdit> { new(span, lower) };
            foreach (var reference in context.Model.StageReferences)
                if (reference.Target == stage && reference.Text == name && !reference.IsIndex) edits.Add(new TextEdit(reference.Span, lower));
            context.Report(Descriptor, span, $"Write the stage name in lower case: '{lower}'.",
                new CodeFix($"Rename the stage to '{lower}'", edits));
        }
    }
}

/// <summary>ReservedStageName: 'scratch' and 'context' mean something else to BuildKit.</summary>
internal sealed class ReservedStageName : IRule
{
    public RuleDescriptor Descriptor { get; } = new("ReservedStageName", Severity.Warning, "Stage name is a reserved word", ["DL3063"]);

    public void Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
            if (stage.Name?.ToLowerInvariant() is "scratch" or "context" && stage.NameSpan is { } span)
                context.Report(Descriptor, span, $"'{stage.Name}' is reserved by BuildKit; choose another stage name.");
    }
}

/// <summary>Helpers shared by instruction rules.</summary>
internal static class InstructionText
{
    public static TextSpan WithTrailingBlanks(string text, TextSpan span)
    {
        var end = span.End;
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        return TextSpan.FromBounds(span.Start, end);
    }
}
