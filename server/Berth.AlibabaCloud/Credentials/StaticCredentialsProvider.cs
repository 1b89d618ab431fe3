namespace Berth.AlibabaCloud.Credentials;

/// <summary>Credentials that are already known and never change (long-term keys, or a token resolved once).</summary>
public sealed class StaticCredentialsProvider(CloudCredentials credentials) : ICredentialsProvider
{
    public ValueTask<CloudCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(credentials);
}
