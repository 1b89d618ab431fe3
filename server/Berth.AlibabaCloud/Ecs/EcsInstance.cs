namespace Berth.AlibabaCloud.Ecs;

/// <summary>An ECS instance as DescribeInstances reports it (the fields a deploy needs).</summary>
public sealed record EcsInstance(string InstanceId, string Name, string Status, string? PrivateIp, string? PublicIp)
{
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    public bool IsRunning => Status == "Running";
}
