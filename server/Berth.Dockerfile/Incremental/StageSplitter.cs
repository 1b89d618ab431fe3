using System.Text;
using Berth.Dockerfile.Linting;
using Berth.Dockerfile.Rules.Instructions;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Incremental;

/// <summary>
/// Cuts a run of top-level nodes into <see cref="StagePiece"/>s. A stage starts at the first of the comment and
/// blank lines right above its FROM, so the comments that describe a stage (and pragmas such as
/// <c># hadolint ignore=</c>) travel with it, and every piece but the last ends with an instruction.
/// </summary>
internal static class StageSplitter
{
    /// <summary>The prelude and the stages of a whole file.</summary>
    public static List<StagePiece> SplitFile(string text, IReadOnlyList<SyntaxNode> nodes)
    {
        var starts = StageStarts(nodes);
        var pieces = new List<StagePiece>(starts.Count + 1);
        var preludeEnd = starts.Count > 0 ? nodes[starts[0]].FullSpan.Start : text.Length;
        // The prelude is always checked whole, so its outline is all of it (only its keyword casing is counted).
        var prelude = Outline(text, nodes, 0, starts.Count > 0 ? starts[0] : nodes.Count, 0);
        pieces.Add(new StagePiece(0, text[..preludeEnd], prelude with { Kept = [], Signature = text[..preludeEnd] }));
        AddStages(text, nodes, starts, 0, pieces);
        return pieces;
    }

    /// <summary>
    /// The stages of a fragment that must begin exactly where a stage begins, its offsets shifted by
    /// <paramref name="offset"/>; null when it doesn't (an edit removed the FROM, or left lines before it that belong
    /// to the stage above).
    /// </summary>
    public static List<StagePiece>? SplitStages(string text, IReadOnlyList<SyntaxNode> nodes, int offset)
    {
        var starts = StageStarts(nodes);
        if (starts.Count == 0 || starts[0] != 0) return null;
        var pieces = new List<StagePiece>(starts.Count);
        AddStages(text, nodes, starts, offset, pieces);
        return pieces;
    }

    private static void AddStages(string text, IReadOnlyList<SyntaxNode> nodes, List<int> starts, int offset, List<StagePiece> into)
    {
        for (var s = 0; s < starts.Count; s++)
        {
            var first = starts[s];
            var end = s + 1 < starts.Count ? starts[s + 1] : nodes.Count;
            var from = nodes[first].FullSpan.Start;
            var to = end < nodes.Count ? nodes[end].FullSpan.Start : text.Length;
            into.Add(new StagePiece(from + offset, text[from..to], Outline(text, nodes, first, end, from)));
        }
    }

    // Node indexes where stages start: each FROM, moved up over the comment and blank lines right above it.
    private static List<int> StageStarts(IReadOnlyList<SyntaxNode> nodes)
    {
        var starts = new List<int>();
        var floor = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is not InstructionSyntax { Kind: InstructionKind.From }) continue;
            var start = i;
            while (start > floor && nodes[start - 1] is CommentSyntax or BlankLineSyntax) start--;
            starts.Add(start);
            floor = i + 1;
        }
        return starts;
    }

    private static PieceOutline Outline(string text, IReadOnlyList<SyntaxNode> nodes, int first, int end, int pieceStart)
    {
        var kept = new List<OutlinePart>();
        string? stageName = null;
        var signature = new StringBuilder();
        for (var i = first; i < end; i++)
        {
            var node = nodes[i];
            var span = node.FullSpan;
            if (node is InstructionSyntax { Kind: InstructionKind.From } from) stageName ??= from.From?.StageName?.Value;
            var reference = node is InstructionSyntax { Kind: not InstructionKind.From } && NamesAStage(text, span);
            var keep = reference || node is InstructionSyntax { Kind: InstructionKind.From } || (node is CommentSyntax comment && IsFileWidePragma(comment.Text));
            if (!keep) continue;
            kept.Add(new OutlinePart(new TextSpan(span.Start - pieceStart, span.Length), reference ? text.Substring(span.Start, span.Length) : null));
            signature.Append(text, span.Start, span.Length).Append('\u0001');
        }
        var casing = KeywordCasing.Of(Enumerable.Range(first, end - first).Select(i => nodes[i]).OfType<InstructionSyntax>());
        return new PieceOutline(kept, signature.ToString(), casing, string.IsNullOrEmpty(stageName) ? null : stageName);
    }

    // A superset of the instructions that refer to another stage (COPY --from, RUN --mount=...,from=, ONBUILD ...).
    private static bool NamesAStage(string text, TextSpan span)
    {
        var content = text.AsSpan(span.Start, span.Length);
        return content.Contains("--from", StringComparison.OrdinalIgnoreCase) || content.Contains("from=", StringComparison.OrdinalIgnoreCase);
    }

    // The pragmas that apply to the whole file; "ignore=" ones apply to the next instruction only.
    private static bool IsFileWidePragma(string comment) => Pragmas.PragmaOf(comment) is { } pragma && !Pragmas.IsInstructionIgnore(pragma);
}
