namespace Berth.AlibabaCloud.Credentials;

/// <summary>Gives the credentials to sign the next request with (providers may refresh temporary ones).</summary>
public interface ICredentialsProvider
{
    ValueTask<CloudCredentials> GetCredentialsAsync(CancellationToken cancellationToken);
}
