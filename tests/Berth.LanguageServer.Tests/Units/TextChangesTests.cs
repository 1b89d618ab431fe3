using Berth.Dockerfile.Text;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>Incremental edits land where the client meant them, in UTF-16 columns, on any line ending.</summary>
public sealed class TextChangesTests
{
    private static TextDocumentContentChangeEvent Edit(int sl, int sc, int el, int ec, string text) =>
        new(new Protocol.Range(new Position(sl, sc), new Position(el, ec)), text);

    private static string Apply(string text, params TextDocumentContentChangeEvent[] changes) =>
        TextChanges.Apply(text, LineIndex.Create(text), changes);

    [Fact]
    public void Insert_after_an_emoji_counts_it_as_two_UTF16_units()
    {
        // "😀" is a surrogate pair at columns 10-11: column 12 is just after it, before the closing quote.
        var text = "LABEL a=\"x😀\"\nFROM alpine\n";
        Assert.Equal("LABEL a=\"x😀!\"\nFROM alpine\n", Apply(text, Edit(0, 12, 0, 12, "!")));
    }

    [Fact]
    public void Replace_after_CJK_text_uses_UTF16_columns()
    {
        var text = "# 日本語のコメント\nFROM alpine\n";
        Assert.Equal("# 日本語のメモ\nFROM alpine\n", Apply(text, Edit(0, 6, 0, 10, "メモ")));
    }

    [Fact]
    public void Edits_across_CRLF_lines_keep_the_line_breaks()
    {
        var text = "FROM alpine\r\nRUN echo a\r\nRUN echo b\r\n";
        Assert.Equal("FROM alpine\r\nRUN echo b\r\n", Apply(text, Edit(1, 0, 2, 0, "")));
    }

    [Fact]
    public void Several_changes_apply_in_order_each_against_the_previous_result()
    {
        var text = "FROM a\n";
        var result = Apply(text, Edit(0, 5, 0, 6, "alpine"), Edit(1, 0, 1, 0, "RUN true\n"), Edit(0, 0, 0, 4, "from"));
        Assert.Equal("from alpine\nRUN true\n", result);
    }

    [Fact]
    public void A_change_without_a_range_replaces_the_whole_text()
    {
        Assert.Equal("FROM b\n", Apply("FROM a\nRUN x\n", new TextDocumentContentChangeEvent(null, "FROM b\n")));
    }

    [Fact]
    public void Positions_past_the_end_clamp_instead_of_failing()
    {
        Assert.Equal("FROM a!\n", Apply("FROM a\n", Edit(0, 99, 0, 120, "!")));
        Assert.Equal("FROM a\n# end", Apply("FROM a\n", Edit(7, 0, 9, 0, "# end")));
    }
}
