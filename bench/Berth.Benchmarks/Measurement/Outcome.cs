namespace Berth.Benchmarks.Measurement;

public enum OutcomeKind
{
    /// <summary>The step ran and took <see cref="Outcome.Value"/>.</summary>
    Measured,
    /// <summary>No answer within the step's time limit (<see cref="Outcome.Value"/> holds the limit).</summary>
    TimedOut,
    /// <summary>The server does not offer this method (not advertised, or answered MethodNotFound).</summary>
    Unsupported,
    /// <summary>The session ended before this step (an earlier step timed out or the server died).</summary>
    NotReached,
    /// <summary>The server answered with an error or broke the protocol; <see cref="Outcome.Detail"/> says how.</summary>
    Failed,
}

/// <summary>What one step of one session gave: a duration in milliseconds (or bytes, for memory), or why not.</summary>
public readonly record struct Outcome(OutcomeKind Kind, double Value, string? Detail = null)
{
    public static Outcome Of(double value) => new(OutcomeKind.Measured, value);

    public static Outcome TimedOutAfter(double limit) => new(OutcomeKind.TimedOut, limit);

    public static Outcome Unsupported { get; } = new(OutcomeKind.Unsupported, 0);

    public static Outcome NotReached { get; } = new(OutcomeKind.NotReached, 0);

    public static Outcome FailedWith(string detail) => new(OutcomeKind.Failed, 0, detail);
}
