using Berth.Dockerfile.Text;
using CsCheck;

namespace Berth.Dockerfile.Tests.Text;

/// <summary>
/// The line index is what every range the editor sees is computed with: for any text with any mix of "\n", "\r\n"
/// and lone "\r", its lines must be those of a plain character-by-character reading.
/// </summary>
public sealed class LineIndexTests
{
    // The reference: one pass over the characters, the LSP's rule for line breaks.
    private static List<(int Start, int ContentEnd)> ReferenceLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n' && text[i] != '\r') continue;
            var contentEnd = i;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            lines.Add((start, contentEnd));
            start = i + 1;
        }
        lines.Add((start, text.Length));
        return lines;
    }

    private static readonly string[] Fragments = ["a", "bc", " ", "\n", "\r\n", "\r", "\r\r\n", "\n\r", "\u00e9", "\U0001F433", "RUN x \\\n"];

    private static readonly Gen<string> Texts =
        Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[0, 200].Select(parts => string.Concat(parts));

    [Fact]
    public void Lines_are_those_of_a_character_by_character_reading_for_any_mix_of_line_breaks()
    {
        Texts.Sample(text =>
        {
            var index = LineIndex.Create(text);
            var expected = ReferenceLines(text);
            Assert.Equal(expected.Count, index.LineCount);
            for (var line = 0; line < expected.Count; line++)
            {
                Assert.Equal(expected[line].Start, index.LineStart(line));
                Assert.Equal(expected[line].ContentEnd, index.LineContentEnd(line));
            }
            for (var offset = 0; offset <= text.Length; offset++)
            {
                var line = expected.FindLastIndex(l => l.Start <= offset);
                Assert.Equal(new LinePosition(line, offset - expected[line].Start), index.PositionOf(offset));
            }
        }, iter: 500);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("FROM alpine", 1)]
    [InlineData("FROM alpine\n", 2)]
    [InlineData("a\r\nb\r\n", 3)]
    [InlineData("a\rb\rc", 3)]
    [InlineData("\r\n\r\n\n\r", 5)]
    public void Counts_every_kind_of_line_break_once(string text, int lines)
    {
        var index = LineIndex.Create(text);

        Assert.Equal(lines, index.LineCount);
        // The last line never has a line break of its own, and a line past the end clamps to the end of the text.
        Assert.Equal(text.Length, index.LineContentEnd(lines - 1));
        Assert.Equal(text.Length, index.OffsetOf(new LinePosition(lines, 0)));
    }
}
