using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// An instruction's text as Docker sees it: its physical lines joined, with line continuations, comment lines
/// and blank lines inside the continuation removed. Every character remembers its offset in the document, so
/// anything found in the logical text maps back to an exact source span.
/// </summary>
public sealed class LogicalLine
{
    private readonly int[] _sourceOffsets;

    internal LogicalLine(string text, int[] sourceOffsets)
    {
        Text = text;
        _sourceOffsets = sourceOffsets;
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Document offset of the logical character at <paramref name="index"/> (Length maps to the end).</summary>
    public int SourceOffset(int index) => _sourceOffsets[Math.Clamp(index, 0, Text.Length)];

    /// <summary>The source span covering logical characters [start, end).</summary>
    public TextSpan SourceSpan(int start, int end)
    {
        if (end <= start) return new TextSpan(SourceOffset(start), 0);
        return TextSpan.FromBounds(SourceOffset(start), SourceOffset(end - 1) + 1);
    }

    /// <summary>The logical index of a document offset, or -1 when the offset is not part of the logical text.</summary>
    public int LogicalIndexOf(int offset)
    {
        var index = Array.BinarySearch(_sourceOffsets, 0, Text.Length, offset);
        return index >= 0 ? index : -1;
    }
}
