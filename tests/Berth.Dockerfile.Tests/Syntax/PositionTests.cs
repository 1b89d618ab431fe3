using Berth.Dockerfile.Linting;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Tests.Syntax;

/// <summary>Ranges land on the right UTF-16 column when lines hold CJK characters and emoji.</summary>
public sealed class PositionTests
{
    [Fact]
    public void Diagnostics_after_cjk_and_emoji_have_utf16_columns()
    {
        const string text = "FROM alpine:3.20\nLABEL 描述=\"容器 😀\" x=1\nEXPOSE 😀 80/xyz\n";
        var document = DockerfileDocument.Parse(text);
        var protocol = document.Diagnostics.Single(d => d.Code == "BER0022");
        Assert.Equal(new LineRange(new LinePosition(2, 13), new LinePosition(2, 16)), document.Lines.RangeOf(protocol.Span));
        var port = document.Diagnostics.Single(d => d.Code == "DL3011");
        Assert.Equal(new LineRange(new LinePosition(2, 7), new LinePosition(2, 9)), document.Lines.RangeOf(port.Span));
        var key = Linter.Lint(document, LintSettings.Default).Single(d => d.Code == "DL3048");
        Assert.Equal(new LineRange(new LinePosition(1, 6), new LinePosition(1, 8)), document.Lines.RangeOf(key.Span));
    }

    [Fact]
    public void Tokens_after_emoji_in_a_comment_inside_a_continuation_map_back()
    {
        const string text = "FROM a:1\r\nRUN echo 你好 \\\r\n  # 注释 😀\r\n  && apt-get install -y curl\r\n";
        var document = DockerfileDocument.Parse(text);
        var curl = Linter.Lint(document, LintSettings.Default).Single(d => d.Code == "DL3008");
        Assert.Equal(new LineRange(new LinePosition(3, 24), new LinePosition(3, 28)), document.Lines.RangeOf(curl.Span));
    }
}
