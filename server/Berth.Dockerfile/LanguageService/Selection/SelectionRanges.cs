using Berth.Dockerfile.LanguageService.Outline;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.Selection;

/// <summary>Expand selection: name → word (argument or flag) → instruction → stage → whole file, innermost first.</summary>
public static class SelectionRanges
{
    public static IReadOnlyList<TextSpan> At(DockerfileDocument document, SymbolTable symbols, int offset)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(symbols);
        var spans = new List<TextSpan>();
        var caret = CaretContext.At(document, offset);
        if (symbols.OccurrenceAt(offset) is { } occurrence) spans.Add(occurrence.Span);
        if (caret.Instruction is { } instruction)
        {
            var target = instruction.Trigger ?? instruction;
            if (instruction.KeywordSpan.ContainsOrTouches(offset)) spans.Add(instruction.KeywordSpan);
            else if (target.KeywordSpan.ContainsOrTouches(offset)) spans.Add(target.KeywordSpan);
            foreach (var flag in target.Flags)
            {
                if (!flag.Span.ContainsOrTouches(offset)) continue;
                foreach (var option in target.FlagOptions(flag))
                    if (option.Span.ContainsOrTouches(offset)) spans.Add(option.Span);
                if (flag.ValueSpan is { } value && value.ContainsOrTouches(offset) && value.Length > 0) spans.Add(value);
                spans.Add(flag.Span);
            }
            foreach (var argument in target.Arguments)
                if (argument.Span.ContainsOrTouches(offset)) spans.Add(argument.Span);
            foreach (var heredoc in instruction.Heredocs)
                if (heredoc.BodySpan.ContainsOrTouches(offset) && offset > instruction.Span.End) spans.Add(heredoc.BodySpan);
            if (target != instruction) spans.Add(target.Span);
            spans.Add(instruction.Span);
            spans.Add(TextSpan.FromBounds(instruction.Span.Start, DocumentOutline.ContentEnd(instruction, document.Text)));
            if (caret.InstructionIndex >= 0 && symbols.StageOf(caret.InstructionIndex) is { } stage)
                spans.Add(TextSpan.FromBounds(stage.From.Span.Start, DocumentOutline.ContentEnd(document.Syntax.Instructions[stage.LastInstruction], document.Text)));
        }
        else if (caret.Node is CommentSyntax comment)
        {
            spans.Add(comment.Span);
        }
        spans.Add(new TextSpan(0, document.Text.Length));
        // Innermost first, each containing the one before, no repeats.
        var result = new List<TextSpan>();
        foreach (var span in spans.Where(s => s.ContainsOrTouches(offset) || s.Length == 0).OrderBy(s => s.Length))
        {
            if (result.Count > 0 && (span == result[^1] || span.Start > result[^1].Start || span.End < result[^1].End)) continue;
            result.Add(span);
        }
        return result;
    }
}
