using Berth.Benchmarks.Lsp;
using Berth.Benchmarks.Measurement;

namespace Berth.Benchmarks.Comparison;

/// <summary>The sessions of both servers at every size, reduced to per-step medians on demand.</summary>
public sealed class ComparisonResults
{
    private readonly Dictionary<(int Lines, string Server), List<SessionResult>> _sessions = [];

    public void Add(int lines, string server, SessionResult session)
    {
        if (!_sessions.TryGetValue((lines, server), out var list)) _sessions[(lines, server)] = list = [];
        list.Add(session);
    }

    public IReadOnlyList<int> Sizes => _sessions.Keys.Select(k => k.Lines).Distinct().Order().ToList();

    public int SessionCount(int lines, string server) => _sessions.TryGetValue((lines, server), out var l) ? l.Count : 0;

    /// <summary>The median over every measurement of the step in every session (keystrokes count one by one).</summary>
    public Outcome MedianOf(int lines, string server, SessionStep step) =>
        _sessions.TryGetValue((lines, server), out var list)
            ? Median.Of(list.SelectMany(s => s.OutcomesOf(step)).ToList())
            : Outcome.NotReached;

    public Outcome MedianPeakMemory(int lines, string server) =>
        _sessions.TryGetValue((lines, server), out var list)
            ? Median.Of(list.Select(s => s.PeakMemoryBytes).ToList())
            : Outcome.NotReached;
}
