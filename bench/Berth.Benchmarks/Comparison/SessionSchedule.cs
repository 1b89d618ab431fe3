namespace Berth.Benchmarks.Comparison;

/// <summary>
/// The order of a comparison's sessions: round by round, each round one session of every size (that still needs one),
/// rather than all of one size and then all of the next.
/// Why: the growth from 10,000 to 50,000 lines divides two sizes' medians, and with the sizes run one after the other
/// a busy spell of the machine fell on one size only: a run whose 50,000-line sessions met one took formatting's
/// growth to 8.55× while its ratio to the peer stayed 0.059× (bench/RESULTS.md). Round by round, such a spell falls
/// on every size alike, as alternating the two servers session by session already makes it fall on both servers.
/// </summary>
public static class SessionSchedule
{
    /// <summary>(size, session number from 1) in the order to run them.</summary>
    public static IReadOnlyList<(int Lines, int Session)> Of(IReadOnlyList<int> sizes, Func<int, int> sessionsFor)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(sessionsFor);
        var counts = sizes.Select(sessionsFor).ToList();
        var order = new List<(int, int)>();
        for (var round = 1; round <= (counts.Count == 0 ? 0 : counts.Max()); round++)
        {
            for (var i = 0; i < sizes.Count; i++)
            {
                if (round <= counts[i]) order.Add((sizes[i], round));
            }
        }
        return order;
    }
}
