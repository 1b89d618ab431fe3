using Berth.Benchmarks.Comparison;
using Berth.Benchmarks.Lsp;
using Berth.Benchmarks.Measurement;

namespace Berth.Benchmarks.Tests;

public sealed class ComparisonTableTests
{
    [Fact]
    public void One_table_with_medians_ratios_memory_and_growth()
    {
        var results = new ComparisonResults();
        foreach (var (lines, scale) in new[] { (10_000, 1.0), (50_000, 5.0) })
        {
            foreach (var editMs in new[] { 3.0, 1.0, 2.0 })
            {
                var berth = Session(editMs * scale, Outcome.Of(4 * scale), 40 * 1024 * 1024);
                results.Add(lines, ComparisonTable.Berth, berth);
                var peer = Session(100 * scale, Outcome.TimedOutAfter(60_000), 80 * 1024 * 1024);
                peer.Record(SessionStep.Completion, Outcome.Unsupported);
                results.Add(lines, ComparisonTable.Peer, peer);
            }
        }

        var text = ComparisonTable.Render(results);
        var rows = text.Split('\n');

        Assert.Matches(@"^\| +Lines \| Step +\| +Berth \| +Peer \| +Berth/Peer \|$", rows[0]);
        Assert.Contains(rows, r => r.Contains("| 10,000 |", StringComparison.Ordinal) && r.Contains("edit → diagnostics", StringComparison.Ordinal)
            && r.Contains("2.0 ms", StringComparison.Ordinal) && r.Contains("100 ms", StringComparison.Ordinal) && r.Contains("0.020×", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("semanticTokens/full", StringComparison.Ordinal) && r.Contains("> 60.0 s", StringComparison.Ordinal) && r.Contains("< ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("peak memory (VmHWM)", StringComparison.Ordinal) && r.Contains("40.0 MB", StringComparison.Ordinal) && r.Contains("0.50×", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("completion", StringComparison.Ordinal) && r.Contains("n/a", StringComparison.Ordinal));
        Assert.Contains("Berth's growth from 10,000 to 50,000 lines (linear = 5.00×): open → diagnostics 5.00×, edit → diagnostics 5.00×", text);
        Assert.Equal(2 * (SessionStep.All.Count + 1), rows.Count(r => r.StartsWith("| ", StringComparison.Ordinal)) - 2); // less header and alignment rows
    }

    private static SessionResult Session(double editMs, Outcome semanticTokens, long memory)
    {
        var session = new SessionResult { PeakMemoryBytes = Outcome.Of(memory) };
        session.Record(SessionStep.Initialize, Outcome.Of(50));
        session.Record(SessionStep.OpenToDiagnostics, Outcome.Of(editMs));
        session.Record(SessionStep.EditToDiagnostics, Outcome.Of(editMs));
        session.Record(SessionStep.SemanticTokens, semanticTokens);
        return session;
    }
}
