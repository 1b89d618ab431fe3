namespace Berth.Manifest.Model;

/// <summary>The Alibaba Cloud profile (of the aliyun CLI configuration) and endpoint overrides. Never credentials.</summary>
public sealed record AlibabaCloudSpec(string? Profile, string? Region, Uri? EcsEndpoint, Uri? CrEndpoint)
{
    public static AlibabaCloudSpec Default { get; } = new(null, null, null, null);
}
