namespace Berth.AlibabaCloud.Ecs;

/// <summary>What happened on one instance, and what runs there now.</summary>
public sealed record InstanceOutcome(string InstanceId, string Name, string Status, long? ExitCode, string Output, string NowRunning)
{
    public bool Succeeded => Status == "Success";
}

/// <summary>The result of a rollout: one outcome per targeted instance, in batch order.</summary>
public sealed record RolloutResult(IReadOnlyList<InstanceOutcome> Instances, string? FailureMessage)
{
    public bool Succeeded => FailureMessage is null;
}
