using Berth.Dockerfile.ShellCheck;
using CsCheck;

namespace Berth.Dockerfile.Tests.ShellCheck;

/// <summary>For any Dockerfile, every script character Berth copied maps back to that very character of the document.</summary>
public sealed class ShellCheckMapPropertyTests
{
    private static readonly string[] Fragments =
    [
        "FROM a\n", "RUN ", "RUN echo $x", " && ls ", "\\\n", "`\n", "\\  \r\n", "# comment\n", "  # indented comment\n", "\n",
        "<<EOF\n", "<<-EOF\n", "<<\"EOF\"\n", "bash <<EOF\n", "cat <<EOF > f\n", "EOF\n", "\tEOF\n", "#!/bin/bash\n",
        "echo \"😀\" 你 $v\n", "\t", "\r\n", "ONBUILD RUN ", "SHELL [\"bash\", \"-c\"]\n", "ARG v=1\n", "ENV e=2\n", "'q'", "\"",
    ];

    private static void AssertEveryCopiedCharacterMapsBack(string body, bool backtick)
    {
        var text = (backtick ? "# escape=`\n" : "") + body;
        var document = DockerfileDocument.Parse(text);
        foreach (var script in ShellCheckScripts.Of(document))
        {
            var previous = -1;
            for (var i = 0; i < script.Text.Length; i++)
            {
                var offset = script.SourceOffset(i);
                if (offset < 0) continue;
                var expected = text[offset] == '\r' ? '\n' : text[offset];
                Assert.Equal(expected, script.Text[i]);
                Assert.True(offset > previous, "script characters must come from the document in order");
                previous = offset;
                // The map from ShellCheck's coordinates agrees with the per-character map.
                var (line, column) = Coordinates(script.Text, i);
                if (char.IsLowSurrogate(script.Text[i])) continue;
                Assert.Equal(offset, script.Map(line, column, line, column + 1).Start);
            }
        }
    }

    // 1-based line and code-point column of a script index, as ShellCheck counts them.
    private static (int Line, int Column) Coordinates(string text, int index)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n') { line++; column = 1; continue; }
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            column++;
        }
        return (line, column);
    }

    [Fact]
    public void Every_copied_character_maps_back_to_the_same_character()
    {
        Gen.Select(Gen.OneOf(Fragments).Array[0, 40], Gen.Bool)
            .Sample((parts, backtick) => AssertEveryCopiedCharacterMapsBack(string.Concat(parts), backtick), iter: 3_000, threads: 1, seed: "9fnUBL_Ewdm1");
    }
}
