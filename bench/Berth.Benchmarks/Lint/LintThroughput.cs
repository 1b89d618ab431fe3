using Berth.Benchmarks.Corpus;
using Berth.Benchmarks.Measurement;
using Berth.Benchmarks.Reporting;

namespace Berth.Benchmarks.Lint;

/// <summary>
/// Files per second over a folder of realistic Dockerfiles: `berth lint FOLDER` (one process for the
/// folder; also with --no-shellcheck, the peer's scope), the peer's CLI `dockerfile-utils lint FILE` (its CLI takes one file, so one process per file,
/// as a CI script would call it), and, to separate start-up from linting, the peer's validate() over the
/// same files inside a single node process.
/// </summary>
public static class LintThroughput
{
    public static async Task<string> RunAsync(RepositoryLayout layout, (string FileName, string[] Prefix) berth, int fileCount, int runs, TextWriter progress)
    {
        var folder = Path.Combine(layout.WorkFolder, "lint-corpus");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var files = RealisticCorpus.WriteTo(folder, fileCount);
        progress.WriteLine($"Wrote {files.Count} Dockerfiles under {folder}.");
        var timeout = TimeSpan.FromMinutes(10);

        // As users get it (ShellCheck on every RUN script, one process per script), and with the peer's scope (no ShellCheck).
        var berthTimes = new List<double>();
        var berthNoShellCheckTimes = new List<double>();
        foreach (var (times, extra) in new[] { (berthTimes, Array.Empty<string>()), (berthNoShellCheckTimes, new[] { "--no-shellcheck" }) })
        {
            for (var r = 0; r < runs; r++)
            {
                var (ms, exit, stderr) = await TimedProcess.RunAsync(berth.FileName, [.. berth.Prefix, "lint", .. extra, folder], timeout).ConfigureAwait(false);
                // 1 = findings at or above the threshold, which a realistic corpus has; 2 or more = it could not lint.
                if (exit > 1) throw new BenchmarkException($"`berth lint {string.Join(' ', extra)} {folder}` failed with exit code {exit}: {stderr.Trim()}");
                times.Add(ms);
                progress.WriteLine($"berth lint {string.Join(' ', extra)}, run {r + 1}/{runs}: {Format.Milliseconds(ms)}");
            }
        }

        var peerCliTimes = new List<double>();
        // One pass: it is already one process per file, hundreds of samples, and minutes on a loaded machine.
        const int peerCliRuns = 1;
        for (var r = 0; r < peerCliRuns; r++)
        {
            double total = 0;
            foreach (var file in files)
            {
                var (ms, exit, stderr) = await TimedProcess.RunAsync("node", [layout.PeerLintCli, "lint", file], timeout).ConfigureAwait(false);
                if (exit != 0) throw new BenchmarkException($"`dockerfile-utils lint {file}` failed with exit code {exit}: {stderr.Trim()}");
                total += ms;
            }
            peerCliTimes.Add(total);
            progress.WriteLine($"dockerfile-utils lint per file, run {r + 1}/{peerCliRuns}: {Format.Milliseconds(total)}");
        }

        var peerBatchTimes = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            var (ms, exit, stderr) = await TimedProcess.RunAsync("node", [layout.PeerLintAllScript, folder], timeout).ConfigureAwait(false);
            if (exit != 0) throw new BenchmarkException($"`node {layout.PeerLintAllScript} {folder}` failed with exit code {exit}: {stderr.Trim()}");
            peerBatchTimes.Add(ms);
            progress.WriteLine($"dockerfile-utils validate() in one process, run {r + 1}/{runs}: {Format.Milliseconds(ms)}");
        }

        return Render(files.Count, Median.Of(berthTimes), Median.Of(berthNoShellCheckTimes), Median.Of(peerCliTimes), Median.Of(peerBatchTimes));
    }

    public static string Render(int files, double berthMs, double berthNoShellCheckMs, double peerCliMs, double peerBatchMs)
    {
        var table = new MarkdownTable(
            ["Linter", "Files", "Wall time (median)", "Files/s", "Berth speed-up", "Without ShellCheck"],
            [Alignment.Left, Alignment.Right, Alignment.Right, Alignment.Right, Alignment.Right, Alignment.Right]);
        var berthRate = files / (berthMs / 1000);
        var berthNoShellCheckRate = files / (berthNoShellCheckMs / 1000);
        table.AddRow("`berth lint FOLDER`", Format.Count(files), Format.Milliseconds(berthMs), Format.Rate(berthRate), "—", "—");
        table.AddRow("`berth lint --no-shellcheck FOLDER`", Format.Count(files), Format.Milliseconds(berthNoShellCheckMs), Format.Rate(berthNoShellCheckRate), "—", "—");
        foreach (var (name, ms) in new[] { ("`dockerfile-utils lint FILE` (one process per file)", peerCliMs), ("dockerfile-utils validate() (one node process)", peerBatchMs) })
        {
            var rate = files / (ms / 1000);
            table.AddRow(name, Format.Count(files), Format.Milliseconds(ms), Format.Rate(rate), Format.Factor(berthRate / rate), Format.Factor(berthNoShellCheckRate / rate));
        }
        return table.ToString();
    }
}
