using System.Text;

namespace Berth.Benchmarks.Reporting;

public enum Alignment
{
    Left,
    Right,
}

/// <summary>
/// A GitHub-flavoured markdown table: one header row, an alignment row, and the rows, with columns padded
/// so that the plain text reads as a table in a terminal too. Pipes inside cells are escaped.
/// </summary>
public sealed class MarkdownTable
{
    private readonly string[] _headers;
    private readonly Alignment[] _alignments;
    private readonly List<string[]> _rows = [];

    public MarkdownTable(IReadOnlyList<string> headers, IReadOnlyList<Alignment>? alignments = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.Count == 0) throw new ArgumentException("A table needs at least one column.", nameof(headers));
        if (alignments is not null && alignments.Count != headers.Count)
            throw new ArgumentException($"{alignments.Count} alignments given for {headers.Count} columns.", nameof(alignments));
        _headers = headers.ToArray();
        _alignments = alignments?.ToArray() ?? headers.Select(_ => Alignment.Left).ToArray();
    }

    public int RowCount => _rows.Count;

    public MarkdownTable AddRow(params string[] cells)
    {
        if (cells.Length != _headers.Length)
            throw new ArgumentException($"A row of {cells.Length} cells in a table of {_headers.Length} columns.", nameof(cells));
        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var all = _rows.Prepend(_headers).Select(r => r.Select(Escape).ToArray()).ToList();
        // Width of the alignment row's dashes (at least 3, plus a colon for right-aligned columns).
        var widths = Enumerable.Range(0, _headers.Length)
            .Select(c => Math.Max(all.Max(r => r[c].Length), _alignments[c] == Alignment.Right ? 4 : 3))
            .ToArray();
        var sb = new StringBuilder();
        AppendRow(sb, all[0], widths);
        sb.Append('|');
        for (var c = 0; c < widths.Length; c++)
        {
            sb.Append(' ');
            sb.Append(_alignments[c] == Alignment.Right ? new string('-', widths[c] - 1) + ":" : new string('-', widths[c]));
            sb.Append(" |");
        }
        sb.Append('\n');
        foreach (var row in all.Skip(1)) AppendRow(sb, row, widths);
        return sb.ToString();
    }

    private void AppendRow(StringBuilder sb, string[] cells, int[] widths)
    {
        sb.Append('|');
        for (var c = 0; c < cells.Length; c++)
        {
            sb.Append(' ');
            sb.Append(_alignments[c] == Alignment.Right ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]));
            sb.Append(" |");
        }
        sb.Append('\n');
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
