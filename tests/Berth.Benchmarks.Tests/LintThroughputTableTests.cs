using Berth.Benchmarks.Lint;

namespace Berth.Benchmarks.Tests;

public sealed class LintThroughputTableTests
{
    [Fact]
    public void Reports_files_per_second_and_berths_speed_up_over_each_peer_mode()
    {
        var text = LintThroughput.Render(files: 300, berthMs: 1_500, berthNoShellCheckMs: 300, peerCliMs: 60_000, peerBatchMs: 3_000);
        var rows = text.Split('\n');

        Assert.Contains(rows, r => r.Contains("`berth lint FOLDER`", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(r, @"\|\s+200 \|") && r.Contains("1.50 s", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("`berth lint --no-shellcheck FOLDER`", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(r, @"\|\s+1,000 \|") && r.Contains("300 ms", StringComparison.Ordinal));
        // Speed-ups against each peer mode, with and without ShellCheck: 200 vs 5 and 1,000 vs 5 files/s; 200 and 1,000 vs 100.
        Assert.Contains(rows, r => r.Contains("one process per file", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(r, @"\|\s+5\.0 \|") && r.Contains("40×", StringComparison.Ordinal) && r.Contains("200×", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("one node process", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(r, @"\|\s+100 \|") && r.Contains("2.00×", StringComparison.Ordinal) && r.Contains("10×", StringComparison.Ordinal));
    }
}
