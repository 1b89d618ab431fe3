using System.Globalization;
using Berth.Benchmarks.Measurement;

namespace Berth.Benchmarks.Reporting;

/// <summary>How the tables spell durations, sizes and ratios: short, invariant culture, 2-3 significant digits.</summary>
public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Milliseconds(double ms) => ms switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(ms), ms, "A duration is never negative."),
        < 1 => ms.ToString("0.00", Invariant) + " ms",
        < 10 => ms.ToString("0.0", Invariant) + " ms",
        < 1000 => ms.ToString("0", Invariant) + " ms",
        < 10_000 => (ms / 1000).ToString("0.00", Invariant) + " s",
        _ => (ms / 1000).ToString("0.0", Invariant) + " s",
    };

    public static string Bytes(double bytes) => bytes switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(bytes), bytes, "A size is never negative."),
        < 1024 * 1024 => (bytes / 1024).ToString("0", Invariant) + " KB",
        < 1024L * 1024 * 1024 => (bytes / (1024 * 1024)).ToString("0.0", Invariant) + " MB",
        _ => (bytes / (1024.0 * 1024 * 1024)).ToString("0.00", Invariant) + " GB",
    };

    /// <summary>A step's median as a duration: "12 ms", "&gt; 60 s" for a timeout, "n/a" when unsupported.</summary>
    public static string Duration(Outcome outcome) => Cell(outcome, Milliseconds);

    public static string Memory(Outcome outcome) => Cell(outcome, Bytes);

    private static string Cell(Outcome outcome, Func<double, string> measured) => outcome.Kind switch
    {
        OutcomeKind.Measured => measured(outcome.Value),
        OutcomeKind.TimedOut => "> " + measured(outcome.Value),
        OutcomeKind.Unsupported => "n/a",
        OutcomeKind.NotReached => "not reached",
        _ => "failed",
    };

    /// <summary>
    /// Berth's value over the peer's, "0.05×". When the peer timed out the true ratio is below what the limit
    /// gives, so it reads "&lt; 0.01×"; when either side has no number the ratio is "n/a".
    /// </summary>
    public static string Ratio(Outcome berth, Outcome peer)
    {
        if (berth.Kind == OutcomeKind.Measured && peer.Kind == OutcomeKind.Measured)
            return peer.Value <= 0 ? "n/a" : Factor(berth.Value / peer.Value);
        if (berth.Kind == OutcomeKind.Measured && peer.Kind == OutcomeKind.TimedOut)
            return "< " + Factor(berth.Value / peer.Value);
        if (berth.Kind == OutcomeKind.TimedOut && peer.Kind == OutcomeKind.Measured)
            return "> " + Factor(berth.Value / peer.Value);
        return "n/a";
    }

    public static string Factor(double ratio) => ratio switch
    {
        < 0.01 => ratio.ToString("0.0000", Invariant) + "×",
        < 0.1 => ratio.ToString("0.000", Invariant) + "×",
        < 10 => ratio.ToString("0.00", Invariant) + "×",
        _ => ratio.ToString("0", Invariant) + "×",
    };

    public static string Count(double value) => value.ToString("#,0", Invariant);

    /// <summary>A rate such as files per second: one decimal below 10, so that a slow linter never reads "0".</summary>
    public static string Rate(double value) => value < 10 ? value.ToString("0.0", Invariant) : Count(value);
}
