using Berth.Dockerfile.LanguageService.Outline;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.LanguageService.Folding;

public enum FoldingRegionKind
{
    Region,
    Comment,
}

/// <summary>A foldable block of whole lines (0-based, inclusive).</summary>
public sealed record FoldingRegion(int StartLine, int EndLine, FoldingRegionKind Kind);

/// <summary>Folding: build stages, instructions spanning several lines, here-document bodies and runs of comment lines.</summary>
public static class FoldingRegions
{
    public static IReadOnlyList<FoldingRegion> Compute(DockerfileDocument document, SymbolTable symbols)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(symbols);
        var lines = document.Lines;
        var text = document.Text;
        var result = new List<FoldingRegion>();
        var instructions = document.Syntax.Instructions;
        foreach (var stage in symbols.Stages)
        {
            var start = lines.LineOf(stage.From.Span.Start);
            var end = lines.LineOf(DocumentOutline.ContentEnd(instructions[stage.LastInstruction], text));
            if (end > start) result.Add(new FoldingRegion(start, end, FoldingRegionKind.Region));
        }
        foreach (var instruction in instructions)
        {
            var start = lines.LineOf(instruction.Span.Start);
            var end = lines.LineOf(DocumentOutline.ContentEnd(instruction, text));
            if (end > start) result.Add(new FoldingRegion(start, end, FoldingRegionKind.Region));
            foreach (var heredoc in instruction.Heredocs)
            {
                var open = lines.LineOf(heredoc.MarkerSpan.Start);
                var close = lines.LineOf(heredoc.TerminatorSpan?.Start ?? Math.Max(heredoc.BodySpan.End - 1, heredoc.BodySpan.Start));
                if (close > open && (open != start || close != end)) result.Add(new FoldingRegion(open, close, FoldingRegionKind.Region));
            }
        }
        var runStart = -1;
        var runEnd = -1;
        foreach (var node in document.Syntax.Nodes)
        {
            if (node is CommentSyntax comment)
            {
                var line = lines.LineOf(comment.Span.Start);
                if (runStart < 0 || line != runEnd + 1) { Flush(result, runStart, runEnd); runStart = line; }
                runEnd = line;
                continue;
            }
            Flush(result, runStart, runEnd);
            runStart = runEnd = -1;
        }
        Flush(result, runStart, runEnd);
        result.Sort((a, b) => a.StartLine != b.StartLine ? a.StartLine.CompareTo(b.StartLine) : b.EndLine.CompareTo(a.EndLine));
        return result;
    }

    private static void Flush(List<FoldingRegion> into, int start, int end)
    {
        if (start >= 0 && end > start) into.Add(new FoldingRegion(start, end, FoldingRegionKind.Comment));
    }
}
