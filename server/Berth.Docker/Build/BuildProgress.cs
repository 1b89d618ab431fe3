namespace Berth.Docker.Build;

/// <summary>
/// One update from a running build: the step it is on ("step 3 of 7", when the engine says) and a log line.
/// <see cref="Percentage"/> is derived from the steps, for progress bars.
/// </summary>
public sealed record BuildProgress(int? Step, int? TotalSteps, string? Line)
{
    public int? Percentage => Step is { } step && TotalSteps is > 0 and { } total ? Math.Clamp((step - 1) * 100 / total, 0, 100) : null;
}
