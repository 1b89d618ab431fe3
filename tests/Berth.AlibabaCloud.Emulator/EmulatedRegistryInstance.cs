namespace Berth.AlibabaCloud.Emulator;

/// <summary>A CR Enterprise instance; RegistryDomain is what GetInstanceEndpoint returns (the test registry).</summary>
public sealed record EmulatedRegistryInstance(string InstanceId, string InstanceName, string RegistryDomain)
{
    public string RegionId { get; init; } = "cn-hangzhou";

    public string VpcDomain { get; init; } = "";
}
