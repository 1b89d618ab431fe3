using Berth.Dockerfile.Rules.Instructions;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Incremental;

/// <summary>
/// One stage of a Dockerfile as the incremental linter tracks it: whole top-level nodes, from the comments and blank
/// lines right above its FROM up to the next stage's. Piece 0 is the prelude (parser directives, global ARGs and
/// whatever else comes before the first stage); it may be empty.
/// </summary>
internal sealed class StagePiece(int start, string text, PieceOutline outline)
{
    /// <summary>Where the piece starts in its version of the text.</summary>
    public int Start { get; } = start;

    public string Text { get; } = text;

    public int End => Start + Text.Length;

    /// <summary>What other stages may see of this one (position-free, so it survives edits elsewhere).</summary>
    public PieceOutline Outline { get; } = outline;

    public StagePiece MovedTo(int start) => start == Start ? this : new StagePiece(start, Text, Outline);

    public bool Contains(int offset, bool isLast) => offset >= Start && (offset < End || (isLast && offset == End));
}

/// <summary>
/// The parts of a stage that the rules may read while checking another stage: its FROM line, the instructions that
/// name other stages (<c>--from</c>, <c>from=</c>), the file-wide pragmas, and how its keywords are cased (the
/// file's majority casing decides ConsistentInstructionCasing everywhere). Ranges are relative to the piece.
/// </summary>
internal sealed record PieceOutline(IReadOnlyList<TextSpan> Kept, string Signature, KeywordCasing Casing);
