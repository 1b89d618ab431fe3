using Berth.Benchmarks.Measurement;

namespace Berth.Benchmarks.Lsp;

/// <summary>What one fresh session gave: per step, the durations measured (several for repeated steps), and the peak memory.</summary>
public sealed class SessionResult
{
    private readonly Dictionary<SessionStep, List<Outcome>> _steps = [];

    public Outcome PeakMemoryBytes { get; set; } = Outcome.NotReached;

    public void Record(SessionStep step, Outcome outcome)
    {
        if (!_steps.TryGetValue(step, out var list)) _steps[step] = list = [];
        list.Add(outcome);
    }

    public IReadOnlyList<Outcome> OutcomesOf(SessionStep step) =>
        _steps.TryGetValue(step, out var list) ? list : [Outcome.NotReached];
}
