using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.ShellCheck;

/// <summary>
/// One script as ShellCheck sees it: the text (pre-declarations, then the RUN command joined as Docker joins it, or
/// a heredoc body), the dialect to check it as, the instruction it came from, and for every character of the text
/// the document offset it was copied from (-1 for characters Berth wrote, such as the pre-declaration line), so a
/// finding's (line, column) lands on the exact character in the Dockerfile.
/// </summary>
public sealed class ShellCheckScript
{
    private readonly int[] _sourceOffsets;
    private readonly int[] _lineStarts;

    internal ShellCheckScript(string text, int[] sourceOffsets, string dialect, InstructionSyntax instruction)
    {
        Text = text;
        _sourceOffsets = sourceOffsets;
        Dialect = dialect;
        Instruction = instruction;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        _lineStarts = [.. starts];
    }

    public string Text { get; }

    /// <summary>sh, bash, dash or ksh (ShellCheck's <c>--shell</c>).</summary>
    public string Dialect { get; }

    /// <summary>The RUN (or ONBUILD RUN) the script belongs to; pragmas before it apply to its findings.</summary>
    public InstructionSyntax Instruction { get; }

    /// <summary>The document offset of the script character at <paramref name="index"/>, or -1 when Berth wrote it.</summary>
    public int SourceOffset(int index) => index >= 0 && index < _sourceOffsets.Length ? _sourceOffsets[index] : -1;

    /// <summary>
    /// The script index of ShellCheck's 1-based (line, column). Columns count Unicode code points (json1 counts a
    /// tab as one column too), so a surrogate pair is one column but two UTF-16 characters. Past the end of a line
    /// the index of its line break (or the end of the text) is returned.
    /// </summary>
    public int IndexOf(int line, int column)
    {
        if (line < 1) return 0;
        if (line > _lineStarts.Length) return Text.Length;
        var index = _lineStarts[line - 1];
        for (var c = 1; c < column && index < Text.Length && Text[index] != '\n'; c++)
            index += char.IsHighSurrogate(Text[index]) && index + 1 < Text.Length && char.IsLowSurrogate(Text[index + 1]) ? 2 : 1;
        return index;
    }

    /// <summary>
    /// The document span of ShellCheck's range [(line, column), (endLine, endColumn)). A range that starts on a
    /// character Berth wrote (or past the end) is moved to the nearest character taken from the document; a range
    /// with no document character at all falls back to the instruction's keyword.
    /// </summary>
    public TextSpan Map(int line, int column, int endLine, int endColumn)
    {
        var start = IndexOf(line, column);
        var end = Math.Max(start, IndexOf(endLine, endColumn));
        var first = -1;
        for (var i = start; i < end; i++)
            if (_sourceOffsets[i] >= 0) { first = i; break; }
        if (first < 0)
        {
            // An empty range (or one on Berth's own text): a point at the nearest document character.
            var at = NearestSource(start);
            return at < 0 ? Instruction.KeywordSpan : new TextSpan(at, 0);
        }
        var last = first;
        for (var i = end - 1; i > first; i--)
            if (_sourceOffsets[i] >= 0) { last = i; break; }
        return TextSpan.FromBounds(_sourceOffsets[first], _sourceOffsets[last] + 1);
    }

    // The document offset at or after script index (or just after the last earlier document character).
    private int NearestSource(int index)
    {
        for (var i = Math.Max(0, index); i < _sourceOffsets.Length; i++)
        {
            if (_sourceOffsets[i] >= 0) return _sourceOffsets[i];
            if (Text[i] == '\n') break;
        }
        for (var i = Math.Min(index, _sourceOffsets.Length) - 1; i >= 0; i--)
            if (_sourceOffsets[i] >= 0) return _sourceOffsets[i] + 1;
        return -1;
    }
}
