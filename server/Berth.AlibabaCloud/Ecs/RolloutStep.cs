namespace Berth.AlibabaCloud.Ecs;

/// <summary>
/// A step of a rollout for a progress bar: a batch starting (<see cref="InstanceId"/> null) or one instance's
/// outcome. <see cref="Percentage"/> counts finished batches; the message is already redacted.
/// </summary>
public sealed record RolloutStep(int Batch, int Batches, string? InstanceId, string Message)
{
    /// <summary>Batches done out of all: a batch starting reports the ones before it, an instance's outcome its own batch.</summary>
    public int Percentage => Batches == 0 ? 100 : 100 * (InstanceId is null ? Batch - 1 : Batch) / Batches;
}
