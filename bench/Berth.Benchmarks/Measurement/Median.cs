namespace Berth.Benchmarks.Measurement;

/// <summary>
/// The median of several runs: the middle value, or the mean of the two middle values. A run that timed
/// out counts as "slower than anything", so that when most runs timed out the median says so instead of
/// hiding it behind the few that finished.
/// </summary>
public static class Median
{
    public static Outcome Of(IReadOnlyList<Outcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var measured = outcomes.Where(o => o.Kind is OutcomeKind.Measured or OutcomeKind.TimedOut).ToList();
        if (measured.Count == 0)
        {
            // Nothing measured: unsupported wins over "not reached" because it is the server's answer.
            if (outcomes.Any(o => o.Kind == OutcomeKind.Unsupported)) return Outcome.Unsupported;
            if (outcomes.Any(o => o.Kind == OutcomeKind.Failed)) return outcomes.First(o => o.Kind == OutcomeKind.Failed);
            return Outcome.NotReached;
        }
        // Timeouts sort after every measured value.
        var ordered = measured.OrderBy(o => o.Kind == OutcomeKind.TimedOut ? 1 : 0).ThenBy(o => o.Value).ToList();
        var n = ordered.Count;
        if (n % 2 == 1) return ordered[n / 2];
        var low = ordered[n / 2 - 1];
        var high = ordered[n / 2];
        if (high.Kind == OutcomeKind.TimedOut) return high;
        return Outcome.Of((low.Value + high.Value) / 2);
    }

    public static double Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("The median of no values is undefined.", nameof(values));
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
