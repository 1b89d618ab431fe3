using Berth.Benchmarks.Lsp;
using Berth.Benchmarks.Measurement;
using Berth.Benchmarks.Reporting;

namespace Berth.Benchmarks.Comparison;

/// <summary>
/// The one table of the LSP comparison: for every size and step, Berth's median, the peer's median and
/// their ratio, then each server's peak memory; followed by how Berth's times grow from the second-largest
/// to the largest size (linear growth from 10,000 to 50,000 lines is 5×).
/// </summary>
public static class ComparisonTable
{
    public const string Berth = "Berth";
    public const string Peer = "Peer";

    public static string Render(ComparisonResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var table = new MarkdownTable(
            ["Lines", "Step", "Berth", "Peer", "Berth/Peer"],
            [Alignment.Right, Alignment.Left, Alignment.Right, Alignment.Right, Alignment.Right]);
        foreach (var lines in results.Sizes)
        {
            var size = Format.Count(lines);
            foreach (var step in SessionStep.All)
            {
                var berth = results.MedianOf(lines, Berth, step);
                var peer = results.MedianOf(lines, Peer, step);
                table.AddRow(size, step.Name, Format.Duration(berth), Format.Duration(peer), Format.Ratio(berth, peer));
            }
            var berthMemory = results.MedianPeakMemory(lines, Berth);
            var peerMemory = results.MedianPeakMemory(lines, Peer);
            table.AddRow(size, "peak memory (VmHWM)", Format.Memory(berthMemory), Format.Memory(peerMemory), Format.Ratio(berthMemory, peerMemory));
        }
        return table.ToString() + Growth(results);
    }

    /// <summary>Berth's growth between the two largest sizes, per step; empty with fewer than two sizes.</summary>
    private static string Growth(ComparisonResults results)
    {
        var sizes = results.Sizes;
        if (sizes.Count < 2) return "";
        var (small, large) = (sizes[^2], sizes[^1]);
        var parts = new List<string>();
        foreach (var step in SessionStep.All.Skip(1))
        {
            var a = results.MedianOf(small, Berth, step);
            var b = results.MedianOf(large, Berth, step);
            if (a.Kind == OutcomeKind.Measured && b.Kind == OutcomeKind.Measured && a.Value > 0)
                parts.Add($"{step.Name} {Format.Factor(b.Value / a.Value)}");
        }
        if (parts.Count == 0) return "";
        return $"\nBerth's growth from {Format.Count(small)} to {Format.Count(large)} lines " +
               $"(linear = {Format.Factor((double)large / small)}): {string.Join(", ", parts)}.\n";
    }
}
