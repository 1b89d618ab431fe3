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
internal sealed record PieceOutline(IReadOnlyList<OutlinePart> Kept, string Signature, KeywordCasing Casing, string? StageName);

/// <summary>A whole node of the outline; <paramref name="Text"/> is its text when it refers to another stage, else null.</summary>
internal sealed record OutlinePart(TextSpan Span, string? Text)
{
    /// <summary>
    /// Whether a check of the stages named <paramref name="names"/> needs this part: FROM lines and pragmas always; a
    /// stage reference when it may name one of them (by name, by index, or through a variable).
    /// </summary>
    public bool MattersTo(IReadOnlyCollection<string> names)
    {
        if (Text is not { } text) return true;
        if (text.Contains('$', StringComparison.Ordinal)) return true;
        for (var at = text.IndexOf("from=", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("from=", at + 1, StringComparison.OrdinalIgnoreCase))
            if (at + 5 < text.Length && char.IsAsciiDigit(text[at + 5])) return true;
        return names.Any(name => text.Contains(name, StringComparison.OrdinalIgnoreCase));
    }
}
