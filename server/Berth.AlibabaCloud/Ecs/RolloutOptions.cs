namespace Berth.AlibabaCloud.Ecs;

/// <summary>How a rollout proceeds: batch size, how long one batch may take, and how results are polled.</summary>
public sealed record RolloutOptions
{
    public int BatchSize { get; init; } = 1;

    /// <summary>Longest time one batch's script may run; the invocation is stopped after it (plus a margin).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Extra wait beyond Timeout for Cloud Assistant to report the final state.</summary>
    public TimeSpan Margin { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan FirstPoll { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxPoll { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Shown in the Cloud Assistant console as the command's name.</summary>
    public string CommandName { get; init; } = "berth-deploy";
}
