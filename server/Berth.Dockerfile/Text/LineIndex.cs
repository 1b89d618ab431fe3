namespace Berth.Dockerfile.Text;

/// <summary>
/// Maps absolute UTF-16 offsets to LSP positions and back. Lines end at "\n", "\r\n" or a lone "\r",
/// the same way the LSP specification counts them. The one place in Berth that knows about line breaks.
/// </summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;
    // Offset just after each line's content, before its line break; lets a column clamp to the line.
    private readonly int[] _contentEnds;

    public int TextLength { get; }

    private LineIndex(int[] lineStarts, int[] contentEnds, int textLength)
    {
        _lineStarts = lineStarts;
        _contentEnds = contentEnds;
        TextLength = textLength;
    }

    public int LineCount => _lineStarts.Length;

    public static LineIndex Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Counted first (vectorized), so that the arrays are allocated once at their size: a keystroke in a large file
        // indexes its new text, and growing lists allocated four times the index. Exact unless the text has "\r\n".
        var span = text.AsSpan();
        var bound = span.Count('\n') + span.Count('\r') + 1;
        var starts = new int[bound];
        var ends = new int[bound];
        var lines = 1;
        // IndexOfAny is vectorized: a keystroke in a 10,000-line file indexes 800 KB of text, and a loop over every
        // character was a visible part of it.
        var i = span.IndexOfAny('\r', '\n');
        while (i >= 0)
        {
            ends[lines - 1] = i;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            starts[lines++] = i + 1;
            var next = span[(i + 1)..].IndexOfAny('\r', '\n');
            i = next < 0 ? -1 : i + 1 + next;
        }
        ends[lines - 1] = text.Length;
        if (lines < bound)
        {
            Array.Resize(ref starts, lines);
            Array.Resize(ref ends, lines);
        }
        return new LineIndex(starts, ends, text.Length);
    }

    /// <summary>Offset of the first character of <paramref name="line"/> (clamped to the existing lines).</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Length - 1)];

    /// <summary>Offset just after the last character of <paramref name="line"/>, before its line break.</summary>
    public int LineContentEnd(int line) => _contentEnds[Math.Clamp(line, 0, _contentEnds.Length - 1)];

    /// <summary>The line holding <paramref name="offset"/> (clamped into the text).</summary>
    public int LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, TextLength);
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, TextLength);
        var line = LineOf(offset);
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    public LineRange RangeOf(TextSpan span) => new(PositionOf(span.Start), PositionOf(span.End));

    /// <summary>
    /// Offset of an LSP position. A column past the end of its line clamps to the line's end (before its
    /// line break), and a line past the end clamps to the end of the text, as the LSP specification asks.
    /// </summary>
    public int OffsetOf(LinePosition position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _lineStarts.Length) return TextLength;
        var start = _lineStarts[position.Line];
        return start + Math.Clamp(position.Character, 0, _contentEnds[position.Line] - start);
    }

    public TextSpan SpanOf(LineRange range) => TextSpan.FromBounds(OffsetOf(range.Start), Math.Max(OffsetOf(range.Start), OffsetOf(range.End)));
}
