using Berth.Benchmarks.Reporting;

namespace Berth.Benchmarks.Tests;

public sealed class MarkdownTableTests
{
    [Fact]
    public void Renders_header_alignment_row_and_padded_rows()
    {
        var table = new MarkdownTable(["Step", "Time"], [Alignment.Left, Alignment.Right])
            .AddRow("hover", "1.2 ms")
            .AddRow("semanticTokens/full", "> 60 s");

        var lines = table.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "| Step                |   Time |",
                "| ------------------- | -----: |",
                "| hover               | 1.2 ms |",
                "| semanticTokens/full | > 60 s |",
            ],
            lines);
    }

    [Fact]
    public void Escapes_pipes_and_flattens_line_breaks_inside_cells()
    {
        var text = new MarkdownTable(["A"]).AddRow("x|y\nz").ToString();

        Assert.Contains(@"| x\|y z |", text);
    }

    [Fact]
    public void Rejects_rows_of_the_wrong_width_and_mismatched_alignments()
    {
        var table = new MarkdownTable(["A", "B"]);

        Assert.Throws<ArgumentException>(() => table.AddRow("only one"));
        Assert.Throws<ArgumentException>(() => new MarkdownTable(["A", "B"], [Alignment.Left]));
        Assert.Throws<ArgumentException>(() => new MarkdownTable([]));
    }
}
