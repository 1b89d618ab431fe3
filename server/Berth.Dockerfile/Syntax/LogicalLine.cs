using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// An instruction's text as Docker sees it: its physical lines joined, with line continuations, comment lines
/// and blank lines inside the continuation removed. Every character maps back to its offset in the document, so
/// anything found in the logical text maps back to an exact source span.
/// </summary>
/// <remarks>
/// The map is kept as one segment per joined physical line (where its logical text starts, and where that is in
/// the document), not one offset per character: most instructions are one line, and a per-character map cost
/// more memory than the text itself. Lookups are a binary search over the segments.
/// </remarks>
public sealed class LogicalLine
{
    // Logical start and source start of each segment, ascending; segments are contiguous runs of characters.
    private readonly int[] _logicalStarts;
    private readonly int[] _sourceStarts;
    // Where logical index Length maps (just after the last character, or the instruction's start when empty).
    private readonly int _endOffset;

    private LogicalLine(string text, int[] logicalStarts, int[] sourceStarts, int endOffset)
    {
        Text = text;
        _logicalStarts = logicalStarts;
        _sourceStarts = sourceStarts;
        _endOffset = endOffset;
    }

    /// <summary>A per-character map (offset of each character, then the offset that index Length maps to), compressed into segments.</summary>
    internal LogicalLine(string text, int[] sourceOffsets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceOffsets);
        var builder = new Builder();
        for (var i = 0; i < text.Length; i++) builder.Add(sourceOffsets[i], 1);
        Text = text;
        (_logicalStarts, _sourceStarts) = builder.Segments();
        _endOffset = sourceOffsets.Length > text.Length ? sourceOffsets[text.Length] : text.Length == 0 ? 0 : sourceOffsets[text.Length - 1] + 1;
    }

    /// <summary>Text that stands in the document as it is, from <paramref name="sourceStart"/> on (a line without continuations).</summary>
    internal static LogicalLine Contiguous(string text, int sourceStart) => new(text, FirstSegmentOnly, [sourceStart], sourceStart + text.Length);

    // The logical starts of a one-segment line (most instructions), shared: the arrays are never written after construction.
    private static readonly int[] FirstSegmentOnly = [0];

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Document offset of the logical character at <paramref name="index"/> (Length maps to the end).</summary>
    public int SourceOffset(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        if (index == Text.Length) return _endOffset;
        var segment = SegmentAt(_logicalStarts, index);
        return _sourceStarts[segment] + (index - _logicalStarts[segment]);
    }

    /// <summary>The source span covering logical characters [start, end).</summary>
    public TextSpan SourceSpan(int start, int end)
    {
        if (end <= start) return new TextSpan(SourceOffset(start), 0);
        return TextSpan.FromBounds(SourceOffset(start), SourceOffset(end - 1) + 1);
    }

    /// <summary>The logical index of a document offset, or -1 when the offset is not part of the logical text.</summary>
    public int LogicalIndexOf(int offset)
    {
        if (Text.Length == 0 || offset < _sourceStarts[0]) return -1;
        var segment = SegmentAt(_sourceStarts, offset);
        var index = _logicalStarts[segment] + (offset - _sourceStarts[segment]);
        var segmentEnd = segment + 1 < _logicalStarts.Length ? _logicalStarts[segment + 1] : Text.Length;
        return index < segmentEnd ? index : -1;
    }

    // The last segment whose start is at or before the value (empty segments share a start with the next one,
    // and "last" picks the one that holds characters).
    private static int SegmentAt(int[] starts, int value)
    {
        var found = Array.BinarySearch(starts, value);
        if (found < 0) return Math.Max(0, ~found - 1);
        while (found + 1 < starts.Length && starts[found + 1] == value) found++;
        return found;
    }

    /// <summary>Collects the runs of a logical line as the parser appends them.</summary>
    internal sealed class Builder
    {
        private readonly List<int> _logicalStarts = [];
        private readonly List<int> _sourceStarts = [];
        private int _length;

        public int Length => _length;

        /// <summary>Appends <paramref name="length"/> characters that stand in the document from <paramref name="sourceStart"/> on.</summary>
        public void Add(int sourceStart, int length)
        {
            if (length <= 0) return;
            var last = _sourceStarts.Count - 1;
            // Continues the previous run: extend it instead of starting a segment.
            if (last >= 0 && _sourceStarts[last] + (_length - _logicalStarts[last]) == sourceStart)
            {
                _length += length;
                return;
            }
            _logicalStarts.Add(_length);
            _sourceStarts.Add(sourceStart);
            _length += length;
        }

        public (int[] LogicalStarts, int[] SourceStarts) Segments() =>
            _logicalStarts.Count == 0 ? (FirstSegmentOnly, [0])
            : _logicalStarts.Count == 1 ? (FirstSegmentOnly, _sourceStarts.ToArray())
            : (_logicalStarts.ToArray(), _sourceStarts.ToArray());

        public LogicalLine Build(string text, int emptyOffset)
        {
            var (logical, source) = Segments();
            if (_logicalStarts.Count == 0) source[0] = emptyOffset;
            var end = text.Length == 0 ? emptyOffset : source[^1] + (text.Length - logical[^1]);
            return new LogicalLine(text, logical, source, end);
        }
    }
}
