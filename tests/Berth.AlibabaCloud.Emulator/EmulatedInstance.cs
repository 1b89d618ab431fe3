namespace Berth.AlibabaCloud.Emulator;

/// <summary>An ECS instance the emulator reports; Cloud Assistant commands for it run on this machine.</summary>
public sealed record EmulatedInstance(string InstanceId, string InstanceName)
{
    public string Status { get; init; } = "Running";

    public string RegionId { get; init; } = "cn-hangzhou";

    public bool CloudAssistant { get; init; } = true;

    public string PrivateIpAddress { get; init; } = "127.0.0.1";

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}
