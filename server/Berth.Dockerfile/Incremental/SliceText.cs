namespace Berth.Dockerfile.Incremental;

/// <summary>
/// The text a few stages are checked in: the whole file, with every other stage reduced to its outline (FROM line,
/// stage references, file-wide pragmas) and the rest blanked out. Blanking keeps every line break, so each offset
/// and line number is the same as in the whole file, and the findings of the kept stages are the whole file's.
/// </summary>
internal static class SliceText
{
    public static string Build(IReadOnlyList<StagePiece> pieces, IReadOnlySet<int> checkedPieces, int[][] baseChains, int length)
    {
        var whole = new HashSet<int>(checkedPieces) { 0 };
        foreach (var index in checkedPieces) whole.UnionWith(baseChains[index]);
        return string.Create(length, (pieces, whole), static (buffer, state) =>
        {
            foreach (var (piece, index) in state.pieces.Select((p, i) => (p, i)))
            {
                var target = buffer.Slice(piece.Start, piece.Text.Length);
                if (state.whole.Contains(index))
                {
                    piece.Text.AsSpan().CopyTo(target);
                    continue;
                }
                Blank(piece.Text, target);
                foreach (var kept in piece.Outline.Kept) piece.Text.AsSpan(kept.Start, kept.Length).CopyTo(target[kept.Start..]);
            }
        });
    }

    private static void Blank(string text, Span<char> target)
    {
        target.Fill(' ');
        var at = 0;
        while (true)
        {
            var next = text.AsSpan(at).IndexOfAny('\r', '\n');
            if (next < 0) return;
            target[at + next] = text[at + next];
            at += next + 1;
        }
    }
}
