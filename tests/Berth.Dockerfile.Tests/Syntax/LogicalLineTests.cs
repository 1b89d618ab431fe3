using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Tests.Syntax;

/// <summary>
/// The logical line keeps its source map as segments (one per joined physical line); every logical character
/// must still map to the document character it came from, and back.
/// </summary>
public sealed class LogicalLineTests
{
    // Checks the map both ways for every character: text[SourceOffset(i)] is the logical character i, and
    // LogicalIndexOf of that offset is i again.
    private static void AssertMapsEveryCharacter(string text, LogicalLine line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var offset = line.SourceOffset(i);
            Assert.Equal(line.Text[i], text[offset]);
            Assert.Equal(i, line.LogicalIndexOf(offset));
        }
    }

    [Fact]
    public void One_line_instruction_maps_each_character_to_its_offset()
    {
        const string text = "# c\nRUN echo hi\n";
        var line = DockerfileSyntax.Parse(text).Instructions[0].Line;
        Assert.Equal("RUN echo hi", line.Text);
        AssertMapsEveryCharacter(text, line);
        Assert.Equal(text.IndexOf('\n', 4), line.SourceOffset(line.Length));
        Assert.Equal(-1, line.LogicalIndexOf(0));
        Assert.Equal(-1, line.LogicalIndexOf(text.IndexOf('\n', 4)));
    }

    [Fact]
    public void Continued_instruction_skips_escapes_comments_and_blank_lines()
    {
        const string text = "RUN apt-get update && \\\n# inside\n\n    apt-get install -y \\\n  \\\n    curl\nUSER app\n";
        var line = DockerfileSyntax.Parse(text).Instructions[0].Line;
        Assert.Equal("RUN apt-get update && " + "    apt-get install -y " + "  " + "    curl", line.Text);
        AssertMapsEveryCharacter(text, line);
        // The escape, the comment line and the blank line are not part of the logical text.
        Assert.Equal(-1, line.LogicalIndexOf(text.IndexOf('\\')));
        Assert.Equal(-1, line.LogicalIndexOf(text.IndexOf("# inside", StringComparison.Ordinal) + 2));
        // Length maps just after the last character; a span across the break covers both physical lines.
        Assert.Equal(text.IndexOf("curl", StringComparison.Ordinal) + 4, line.SourceOffset(line.Length));
        var span = line.SourceSpan(line.Text.IndexOf("-y", StringComparison.Ordinal), line.Length);
        Assert.Equal("-y \\\n  \\\n    curl", text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void Per_character_map_and_segments_agree()
    {
        var offsets = new[] { 10, 11, 12, 20, 21, 30, 31 };
        var line = new LogicalLine("abcdefg", offsets);
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(offsets[i], line.SourceOffset(i));
            Assert.Equal(i, line.LogicalIndexOf(offsets[i]));
        }
        Assert.Equal(32, line.SourceOffset(7));
        Assert.Equal(-1, line.LogicalIndexOf(13));
        Assert.Equal(-1, line.LogicalIndexOf(9));
        Assert.Equal(-1, line.LogicalIndexOf(32));
        Assert.Equal(10, line.SourceOffset(-5));
    }
}
