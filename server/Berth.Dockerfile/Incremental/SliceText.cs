using System.Text;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Incremental;

/// <summary>
/// The text a few stages are checked in: the prelude, the stages checked and the stages they are built FROM, whole;
/// of every other stage only its outline (FROM line, file-wide pragmas, and the stage references that may name one of
/// the whole stages), each of its other lines reduced to its line break. So every line keeps its number and every kept line its text, and the slice stays
/// small however long the file is; <see cref="ToFile"/> maps offsets back.
/// </summary>
internal sealed class SliceText
{
    // Stretches copied verbatim: where they are in the slice and in the file, in order.
    private readonly List<(int SliceStart, int FileStart, int Length)> _kept = [];
    private readonly int _outside;

    private SliceText(string text, int fileLength)
    {
        Text = text;
        _outside = fileLength + 1;
    }

    public string Text { get; private set; }

    public static SliceText Build(IReadOnlyList<StagePiece> pieces, IReadOnlySet<int> checkedPieces, int[][] baseChains, int fileLength)
    {
        var whole = new HashSet<int>(checkedPieces) { 0 };
        foreach (var index in checkedPieces) whole.UnionWith(baseChains[index]);
        var names = whole.Select(i => pieces[i].Outline.StageName).OfType<string>().ToArray();
        var slice = new SliceText("", fileLength);
        var text = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (whole.Contains(i))
            {
                slice.Keep(text, piece.Text, 0, piece.Text.Length, piece.Start);
                continue;
            }
            var at = 0;
            foreach (var part in piece.Outline.Kept)
            {
                if (!part.MattersTo(names)) continue;
                var kept = part.Span;
                AppendLineBreaks(text, piece.Text, at, kept.Start);
                slice.Keep(text, piece.Text, kept.Start, kept.Length, piece.Start + kept.Start);
                at = kept.End;
            }
            AppendLineBreaks(text, piece.Text, at, piece.Text.Length);
        }
        slice.Text = text.ToString();
        return slice;
    }

    private void Keep(StringBuilder text, string source, int start, int length, int fileStart)
    {
        if (length == 0) return;
        _kept.Add((text.Length, fileStart, length));
        text.Append(source, start, length);
    }

    private static void AppendLineBreaks(StringBuilder text, string source, int start, int end)
    {
        // Vectorized search: this runs over every line of every stage not checked again, on every keystroke.
        var rest = source.AsSpan(start, end - start);
        for (var i = rest.IndexOfAny('\r', '\n'); i >= 0; i = rest.IndexOfAny('\r', '\n'))
        {
            text.Append(rest[i]);
            rest = rest[(i + 1)..];
        }
    }

    /// <summary>
    /// The file offset of a slice offset. An offset in a dropped line maps past the end of the file, so a finding that
    /// points there is never taken for one of a checked stage.
    /// </summary>
    public int ToFile(int sliceOffset)
    {
        int low = 0, high = _kept.Count - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var (sliceStart, fileStart, length) = _kept[middle];
            if (sliceOffset < sliceStart) high = middle - 1;
            else if (sliceOffset > sliceStart + length) low = middle + 1;
            else return fileStart + (sliceOffset - sliceStart);
        }
        return _outside;
    }

    public TextSpan ToFile(TextSpan span)
    {
        var start = ToFile(span.Start);
        var end = ToFile(span.End);
        return start == _outside || end == _outside ? new TextSpan(_outside, 0) : TextSpan.FromBounds(start, end);
    }
}
