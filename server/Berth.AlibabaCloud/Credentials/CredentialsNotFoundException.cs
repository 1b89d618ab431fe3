namespace Berth.AlibabaCloud.Credentials;

/// <summary>No source in the chain had credentials; the message lists what was tried and what to do.</summary>
public sealed class CredentialsNotFoundException(IReadOnlyList<string> tried)
    : AlibabaCloudException(
        "No Alibaba Cloud credentials found. Tried: " + string.Join("; ", tried) + ". "
        + "Run `aliyun configure`, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, "
        + "or add a profile to ~/.alibabacloud/credentials.")
{
    public IReadOnlyList<string> Tried { get; } = tried;
}
